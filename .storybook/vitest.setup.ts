import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as preview from './preview';

setProjectAnnotations([preview]);
