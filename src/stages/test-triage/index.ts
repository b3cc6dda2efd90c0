import { main } from '../shared/main.js';
import { testTriageStage } from './test-triage-stage.js';

void main(testTriageStage);
