import {Text} from 'ink';
import {textStyle, useTheme} from '../theme.js';
import {hyperlink} from '../../terminal/codes.js';
import type {Line} from './line.js';

/** Props of one painted line. */
export type LineViewProps = {readonly line: Line};

/** Paints one line of styled segments; an empty line still takes its row. */
export function LineView({line}: LineViewProps) {
  const theme = useTheme();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate">
      {line.map((segment, index) => (
        <Text key={index} {...textStyle(theme, segment.role)}>
          {segment.href === undefined ? segment.text : hyperlink(segment.href, segment.text)}
        </Text>
      ))}
    </Text>
  );
}
