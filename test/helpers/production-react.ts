// Imported first by tests that time frames: React as the CLI runs it (the build sets
// NODE_ENV=production). React's development build walks the props of every render for its
// performance tracks, which with 100,000 flows in a prop costs more than the frame itself.
// Such a test file must not use JSX: the JSX transform imports React ahead of this.
process.env['NODE_ENV'] = 'production';
