// Loaded before every test file (see the test script in package.json). Ink decides at
// import time, from CI, to draw only the final frame and to skip its resize and exit
// hooks. The CLI drops CI before it loads Ink for the interactive UI (source/main.tsx), so
// tests that render Ink in this process must do the same to see what a person sees.
// Tests that want CI set for a spawned CLI pass it explicitly.
delete process.env['CI'];
delete process.env['CONTINUOUS_INTEGRATION'];
