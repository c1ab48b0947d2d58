import type { ProgrammeSettings } from '../../../contracts/programme.js';
import { localDate } from '../../platform/working-days.js';
import type { Fields, Model, ProductsDeps } from './products.types.js';
import { checkSerial, normaliseSerial } from './rules.js';

export function createCheckFields(deps: Pick<ProductsDeps, 'clock' | 'timeZone'>) {
  const today = () => localDate(deps.clock.now(), deps.timeZone);
  /** Normalises and checks one item's fields; problems are added under `prefix`. */
  return function checkFields(
    fields: Fields,
    model: Model | undefined,
    settings: ProgrammeSettings,
    prefix: string,
    problems: Record<string, string>,
  ) {
    const serialNumber = normaliseSerial(fields.serialNumber);
    if (serialNumber) {
      const problem = checkSerial(serialNumber, model ? settings.serialPatterns[model.category] : undefined);
      if (problem) problems[`${prefix}serialNumber`] = problem;
    }
    if (fields.purchaseDate && fields.purchaseDate > today())
      problems[`${prefix}purchaseDate`] = 'field.purchase_date_future';
    return {
      serialNumber,
      purchaseDate: fields.purchaseDate ?? null,
      purchaseCountry: fields.purchaseCountry ?? null,
      dealer: fields.dealer?.trim() || null,
    };
  };
}
export type CheckFields = ReturnType<typeof createCheckFields>;
