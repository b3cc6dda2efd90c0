import { main } from '../shared/main.js';
import { canaryDeployStage } from './canary-deploy-stage.js';

void main(canaryDeployStage);
