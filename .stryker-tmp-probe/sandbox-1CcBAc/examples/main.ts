// @ts-nocheck
import { App } from 'cdk8s';
import { addExamples } from './app';

// Run by `cdk8s synth` (see cdk8s.yaml), which sets the output folder.
const app = new App();
addExamples(app);
app.synth();
