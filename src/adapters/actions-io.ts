import * as core from '@actions/core';
import type { AnnotationLocation, StageIo } from '../core/ports/stage-io.js';

/** Toolkit's annotation properties from ours. */
function toProperties(location: AnnotationLocation | undefined): core.AnnotationProperties {
  if (location === undefined) return {};
  return {
    file: location.file,
    startLine: location.line,
    endLine: location.endLine,
    startColumn: location.column,
    title: location.title,
  };
}

/** StageIo over `@actions/core`: the runner's environment contract (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). */
export function createActionsIo(): StageIo {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    appendSummary: async (markdown) => {
      // Without GITHUB_STEP_SUMMARY (a local run of the bundle) there is nowhere to write: skip quietly.
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    annotate: (level, message, location) => {
      const properties = toProperties(location);
      if (level === 'error') core.error(message, properties);
      else if (level === 'warning') core.warning(message, properties);
      else core.notice(message, properties);
    },
    registerSecret: (value) => {
      if (value !== '') core.setSecret(value);
    },
    info: (message) => core.info(message),
    debug: (message) => core.debug(message),
    fail: (message) => core.setFailed(message),
  };
}
