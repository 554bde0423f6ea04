import type { Detector } from '../detector';
import type { CustomRule } from '../settings';
import { regexRuleDetector } from './regex-rule';
import { wordListDetector } from './word-list-rule';

/** A project's rule compiled into a detector; throws RedactionConfigError, naming the rule, when it cannot be used. */
export function customRuleDetector(rule: CustomRule): Detector {
  return rule.kind === 'regex' ? regexRuleDetector(rule) : wordListDetector(rule);
}
