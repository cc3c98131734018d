// Bundled into a classic script that the lesson layout places straight after the banner's place.
import { initAssignmentBanner } from './assignment-banner';
import { localStorageOrNull } from '../lib/storage';

initAssignmentBanner(document, localStorageOrNull());
