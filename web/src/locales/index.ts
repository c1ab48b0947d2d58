import accountEn from './en/account.json';
import accountNl from './nl/account.json';
import auditEn from './en/audit.json';
import auditNl from './nl/audit.json';
import billingEn from './en/billing.json';
import billingNl from './nl/billing.json';
import en from './en/common.json';
import homeEn from './en/home.json';
import homeNl from './nl/home.json';
import membershipEn from './en/membership.json';
import membershipNl from './nl/membership.json';
import nl from './nl/common.json';
import securityEn from './en/security.json';
import securityNl from './nl/security.json';
import supportEn from './en/support.json';
import supportNl from './nl/support.json';

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
