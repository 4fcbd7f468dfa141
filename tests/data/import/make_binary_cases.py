#!/usr/bin/env python3
"""Writes the import cases whose input is not plain UTF-8 text: a UTF-16 file as Excel's
「Unicode テキスト」 saves it, and an XLSX ledger with a title and a two-row header in merged
cells. Run from this folder; the files it writes are committed, this shows how they were made."""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))


def utf16_tab():
    rows = [
        ["資産番号", "名称", "種別", "状態", "購入日", "購入金額", "備考"],
        ["PC-101", "受付用PC", "デスクトップPC", "使用中", "2023/4/1", "¥128,000", "窓口, 2階"],
        ["PC-102", "設計用ワークステーション", "ワークステーション", "予備", "R5.6.1", "350000", ""],
        ["NW-001", "本社ルーター", "ルーター", "稼働中", "2022-10-01", "45,800円", ""],
    ]
    text = "\r\n".join("\t".join(row) for row in rows) + "\r\n"
    path = os.path.join(HERE, "utf16-tab", "input.txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))


def column(index):
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_xml(rows, merges):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        if not row:
            continue
        out.append(f'<row r="{r}">')
        for c, value in enumerate(row):
            if value == "":
                continue
            ref = f"{column(c)}{r}"
            if isinstance(value, (int, float)):
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        out.append("</row>")
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">')
        out.extend(f'<mergeCell ref="{m}"/>' for m in merges)
        out.append("</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


def xlsx(path, rows, merges):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="台帳" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(rows, merges))


def ledger_two_row_header():
    # 情報資産管理台帳 in the IPA shape, a date line, then a two-row header: 評価 spans C–E
    # (機密性, 完全性, 可用性), the other names span both header rows.
    rows = [
        ["情報資産管理台帳"],
        ["作成日", "2026/11/30"],
        [],
        ["業務分類", "情報資産名称", "評価", "", "", "個人情報の種類", "備考"],
        ["", "", "機密性", "完全性", "可用性", "", ""],
        ["営業", "顧客名簿", 3, 3, 2, "個人情報", "社外秘"],
        ["経理", "給与台帳", "高", "中", "中", "特定個人情報", ""],
        ["総務", "社内報", 1, 1, 1, "なし", ""],
    ]
    merges = ["A1:G1", "C4:E4", "A4:A5", "B4:B5", "F4:F5", "G4:G5"]
    xlsx(os.path.join(HERE, "ledger-two-row-header", "input.xlsx"), rows, merges)


if __name__ == "__main__":
    utf16_tab()
    ledger_two_row_header()
