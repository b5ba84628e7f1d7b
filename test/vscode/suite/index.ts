// The extensionTestsPath module: VS Code's extension host calls run() and waits for it.
import { resolve } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  mocha.addFile(resolve(__dirname, 'extension.suite.js'));
  return new Promise((done, fail) => {
    mocha.run((failures) => (failures ? fail(new Error(`${failures} extension test(s) failed`)) : done()));
  });
}
