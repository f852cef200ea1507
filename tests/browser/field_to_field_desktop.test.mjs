// Desktop, mouse and keyboard: click from one text field straight into the next and type.
import { fieldToField } from './field_to_field.mjs';

await fieldToField('field_to_field_desktop', { viewport: { width: 1280, height: 800 } }, { touch: false });
