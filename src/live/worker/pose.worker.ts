import * as Comlink from 'comlink';
import { limitWasmThreads } from '../../engine/backend';
import { createPoseEngine } from './pose-engine';

// tfjs takes half the cores (1 of 2 on a 2-core laptop). With the camera conversion on the page
// and nothing else heavy there, 2 threads took Lightning from 27 to 29 of the camera's 30 fps on
// 2 cores, with the page still at 60 fps and no long tasks.
limitWasmThreads(Math.min(navigator.hardwareConcurrency || 1, Math.max(2, Math.floor((navigator.hardwareConcurrency || 1) / 2))));
Comlink.expose(createPoseEngine());
