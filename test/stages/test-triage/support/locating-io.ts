import type { AnnotationLocation } from '../../../../src/core/ports/stage-io.js';
import { RecordingIo } from '../../support/recording-io.js';

/** A RecordingIo that also keeps each annotation's location. */
export class LocatingIo extends RecordingIo {
  located: Array<{ level: string; message: string; location: AnnotationLocation | undefined }> = [];
  override annotate(level: string, message: string, location?: AnnotationLocation): void {
    super.annotate(level, message);
    this.located.push({ level, message, location });
  }
}
