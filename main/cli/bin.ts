import { fileURLToPath } from 'node:url';
import { VERIFY_WORKER_FILE } from '../exchange/inbound/verifier';
import { main } from './main';

const verifyWorker = fileURLToPath(new URL(`../main/${VERIFY_WORKER_FILE}`, import.meta.url));
void main(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line), env: process.env, verifyWorker }).then((code) => {
  process.exitCode = code;
});
