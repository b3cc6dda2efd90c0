import { main } from '../shared/main.js';
import { planStage } from './plan-stage.js';

void main(planStage);
