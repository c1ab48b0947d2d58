import accountEn from './account.en.json';
import accountNl from './account.nl.json';
import auditEn from './audit.en.json';
import auditNl from './audit.nl.json';
import billingEn from './billing.en.json';
import billingNl from './billing.nl.json';
import en from './en.json';
import homeEn from './home.en.json';
import homeNl from './home.nl.json';
import membershipEn from './membership.en.json';
import membershipNl from './membership.nl.json';
import nl from './nl.json';
import securityEn from './security.en.json';
import securityNl from './security.nl.json';
import supportEn from './support.en.json';
import supportNl from './support.nl.json';

type Tree = { [key: string]: string | Tree };

/** Feature files add top-level sections to the main file; a section may not be defined twice. */
function merge(...parts: Tree[]): Tree {
  const out: Tree = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`locale section "${key}" is defined twice`);
      out[key] = value;
    }
  }
  return out;
}

export const resources = {
  en: merge(
    en as Tree,
    membershipEn as Tree,
    supportEn as Tree,
    billingEn as Tree,
    securityEn as Tree,
    accountEn as Tree,
    auditEn as Tree,
    homeEn as Tree,
  ),
  nl: merge(
    nl as Tree,
    membershipNl as Tree,
    supportNl as Tree,
    billingNl as Tree,
    securityNl as Tree,
    accountNl as Tree,
    auditNl as Tree,
    homeNl as Tree,
  ),
};
