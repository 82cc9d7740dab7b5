/** Keypoints and the body: names, geometry, smoothing, body metrics, the pose models. */
export { bodyScale, facingSign, heelCurl, heelRise, hipShift, isStanding, kneeLift, kneeLiftFromHip, kneesBelowHips, kneeShift, kneeWidthRatio, lateralSign, legLength, meanShinForwardDeg, pelvicObliquityDeg, pelvisToTrunkDeg, sideLeanDeg, sideMean, sideTiltDeg, squatDepth, thighLength, torsoLength, trunkForwardDeg, trunkRise } from './body-metrics';
export { angleAt, angleFromVertical, distance, median, midpoint, type Point, toDegrees } from './geometry';
export { BLAZEPOSE_KEYPOINTS, COCO_KEYPOINTS, type KeypointMap, type KeypointName, MIN_KEYPOINT_SCORE, type Side, SKELETON_EDGES, toKeypointMap, toWorldKeypointMap, type WorldKeypointMap } from './keypoints';
export { DEFAULT_MODEL, isModelId, type ModelId, MODELS } from './models';
export { bothSides, isSeen, medianKeypoints, midOf, missingKeypoints, point, sided, type SidedPart, SIDES } from './pose-points';
export { Ema } from './smoothing';
