import { homedir } from 'node:os';
import { join } from 'node:path';

/** The same folder the desktop app uses (Electron's userData for "Earshot"), so CLI and app share data. */
export function defaultDataDir(env = process.env, platform = process.platform): string {
  if (env.EARSHOT_DATA_DIR) return env.EARSHOT_DATA_DIR;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Earshot');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Earshot');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Earshot');
}
