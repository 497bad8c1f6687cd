// `npm start`: the real window when Electron can be had; otherwise the same app in the browser mode.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureNativeForElectron, ensureNativeForNode } from './native.mjs';

const require = createRequire(import.meta.url);

function electronPath() {
  try {
    return require('electron'); // downloads the binary on first use where the internet allows it
  } catch (error) {
    console.log(`\nKhông có chương trình Electron trên máy này (${error.message.split('\n')[0]}).`);
    return null;
  }
}

function forward(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

const electron = electronPath();
if (electron) {
  ensureNativeForElectron(electron);
  forward(spawn(electron, ['.'], { stdio: 'inherit' }));
} else {
  console.log('Mở Sổ Dân Chủ ở chế độ trình duyệt thay cho cửa sổ ứng dụng. Mở địa chỉ dưới đây bằng Chrome, Edge hoặc Firefox:\n');
  ensureNativeForNode();
  forward(spawn(process.execPath, ['dist/host/cli.mjs'], { stdio: 'inherit' }));
}
