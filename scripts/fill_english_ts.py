#!/usr/bin/env python3
"""Marks every entry of the English catalogue finished, with the source text as translation."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        # "%n item(s)" gives "1 item" and "2 items"; "%n device(s)' support" gives "1 device's"
        # and "2 devices'"; "%n copy(ies)" gives "1 copy" and "2 copies".
        singular = re.sub(r"\((e?s)\)", "", source.replace("(s)'", "'s").replace("y(ies)", "y"))
        plural = re.sub(r"\((e?s)\)", r"\1", source.replace("(s)'", "s'").replace("y(ies)", "ies"))
        ET.SubElement(translation, "numerusform").text = singular
        ET.SubElement(translation, "numerusform").text = plural
    elif not translation.text:
        translation.text = source
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
