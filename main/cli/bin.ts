import { main } from './main';

void main(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line), env: process.env }).then((code) => {
  process.exitCode = code;
});
