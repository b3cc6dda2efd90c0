import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/core/config/default-config.js';
import { loadConfig } from '../../../src/core/config/load-config.js';

const FILE = '.github/drydock.yml';

describe('config: plan section', () => {
  it('IN-040 untrusted comments are context by default and can be omitted', () => {
    expect(defaultConfig().plan).toEqual({ untrustedComments: 'context' });
    expect(loadConfig('version: 1\n', FILE).config.plan).toEqual({ untrustedComments: 'context' });
    expect(loadConfig('version: 1\nplan: {}\n', FILE).config.plan).toEqual({ untrustedComments: 'context' });
    expect(loadConfig('version: 1\nplan:\n  untrustedComments: omit\n', FILE).config.plan).toEqual({ untrustedComments: 'omit' });
  });

  it('IN-041 an unknown mode or key names the key path, what was expected and the line', () => {
    expect(() => loadConfig('version: 1\nplan:\n  untrustedComments: instructions\n', FILE)).toThrow(
      '.github/drydock.yml: plan.untrustedComments: expected one of "context", "omit", got the string "instructions" (line 3)',
    );
    expect(() => loadConfig('version: 1\nplan:\n  trustComments: true\n', FILE)).toThrow(
      /^\.github\/drydock\.yml: plan\.trustComments: unknown key\..* Expected one of: untrustedComments\. \(line 3\)$/,
    );
  });
});
