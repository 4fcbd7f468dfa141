#!/usr/bin/env python3
"""Reads an .ics file with the icalendar library (as a calendar program would) and prints what
it found as JSON, so the C++ test can check it. Also checks the raw lines: CRLF endings, at most
75 octets, each line valid UTF-8 on its own (no character split by folding)."""
import json
import sys

import icalendar


def main(path):
    raw = open(path, 'rb').read()
    problems = []
    if not raw.endswith(b'\r\n'):
        problems.append('does not end with CRLF')
    for number, line in enumerate(raw.split(b'\r\n')[:-1], 1):
        if b'\n' in line or b'\r' in line:
            problems.append(f'line {number}: bare line break')
        if len(line) > 75:
            problems.append(f'line {number}: {len(line)} octets')
        try:
            line.decode('utf-8')
        except UnicodeDecodeError:
            problems.append(f'line {number}: split UTF-8 character')
    calendar = icalendar.Calendar.from_ical(raw)
    events = []
    for event in calendar.walk('VEVENT'):
        start = event.decoded('DTSTART')
        rrule = event.get('RRULE')
        events.append({
            'uid': str(event.get('UID')),
            'summary': str(event.get('SUMMARY')),
            'description': str(event.get('DESCRIPTION', '')),
            'start': start.isoformat(),
            'tzid': str(event['DTSTART'].params.get('TZID', '')),
            'rrule': rrule.to_ical().decode() if rrule else '',
            'alarms': len(event.walk('VALARM')),
            'has_dtstamp': 'DTSTAMP' in event,
        })
    zones = [str(zone.get('TZID')) for zone in calendar.walk('VTIMEZONE')]
    print(json.dumps({'problems': problems, 'events': events, 'timezones': zones,
                      'version': str(calendar.get('VERSION')),
                      'prodid': str(calendar.get('PRODID'))}, ensure_ascii=False))


if __name__ == '__main__':
    main(sys.argv[1])
