// `npm start`: the real window when Electron can be had; otherwise the same app in the browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { ensureNativeForElectron, ensureNativeForNode } from './native.mjs';

/** The Electron binary's path; the electron package downloads it on first use where the internet allows. */
function electronPath() {
  console.log('Đang tìm chương trình Electron (lần đầu có thể phải tải về)…');
  const found = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout) return found.stdout;
  console.log('Không có chương trình Electron trên máy này và không tải về được (máy không kết nối được máy chủ tải Electron).');
  return null;
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
