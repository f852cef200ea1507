// A phone, touch only: tap from one text field straight into the next and type.
import { fieldToField } from './field_to_field.mjs';

await fieldToField('field_to_field_phone', { viewport: { width: 360, height: 640 }, dpr: 2, hasTouch: true, isMobile: true },
                   { touch: true });
