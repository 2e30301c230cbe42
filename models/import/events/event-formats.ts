import type { ImportFormat } from '../format';
import { cloudwatchAlarms } from './cloudwatch-alarms';
import { eventCsv } from './event-csv';
import { jsonLinesEvents } from './json-lines';
import { opsgenieCsv } from './opsgenie-csv';
import { opsgenieEvents } from './opsgenie';
import { pagerdutyCsv } from './pagerduty-csv';
import { pagerdutyEvents } from './pagerduty';
import { slackEvents } from './slack';
import { statuspageEvents } from './statuspage';

/** Every incident-log format, for the import registry; each is recognised by content, most specific first. */
export const eventFormats: readonly ImportFormat[] = [
  statuspageEvents,
  pagerdutyEvents,
  opsgenieEvents,
  cloudwatchAlarms,
  slackEvents,
  pagerdutyCsv,
  opsgenieCsv,
  eventCsv,
  jsonLinesEvents,
];
