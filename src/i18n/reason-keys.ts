/**
 * The message of each reason code the domain gives, as a string key. Each is a template literal
 * checked against the dictionary: a code without its message in both languages fails the type
 * check, with no cast.
 */
import type { Tier } from '../domain/zones/tier';
import type { ZoneIssueCode } from '../domain/zones/validate-zone';
import type { StringKey } from './strings';

/** Why a zone geometry cannot be counted on. */
export const zoneIssueKey = (code: ZoneIssueCode): StringKey => `zoneIssue_${code}`;

/** A tier's name. */
export const tierKey = (tier: Tier): StringKey => `tier_${tier}`;

/** The protocol rule that downgrades or lifts a zone of a tier. */
export const protocolRuleKey = (from: Tier): StringKey => `protocolRule_${from}`;
