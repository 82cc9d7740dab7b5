import * as Comlink from 'comlink';
import { createPoseEngine } from './pose-engine';

Comlink.expose(createPoseEngine());
