// @ts-nocheck
// `cdk8s-pod-patterns/errors`: the error class the library throws, for TypeScript code that
// catches it by type. It stays out of the package root, whose API is also Python's, Java's and
// Go's: there an error cannot be a class of its own (see PodPatternErrors and ErrorCode).
export { PodPatternError } from './core/errors';
