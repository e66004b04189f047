// The yardstick for start-up: the smallest Ink app there is. The explorer's first frame
// with data must not come later than this one's "hello".
import {render, Text} from 'ink';

render(<Text>hello</Text>);
