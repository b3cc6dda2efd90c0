import { main } from '../shared/main.js';
import { implementStage } from './implement-stage.js';

void main(implementStage);
