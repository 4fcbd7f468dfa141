#!/usr/bin/env python3
"""Holds the include structure of src/ against the layers Mamori allows.

    check_layering.py SRC_DIR [--qt-include DIR ...]   exit 1 and list every wrong include
    check_layering.py --self-test [--qt-include DIR ...] builds trees with known bad edges and
                                                        fails unless each one is caught

The layers of src/core, lowest first (a layer may include itself and the ones it lists):
root (Result, Error, Clock, Progress, ...) <- io <- domain folders (inventory, action and the
coming incidents, backups, posture, reminders: pure types and rules) <- report (the report
engine) <- storage (the only SQL; storage/detail is internal to it) <- services (use cases that
orchestrate storage) <- the front ends src/app and src/cli. Besides the folder edges:
- QtSql headers only in src/core/storage; Widgets, Charts and PrintSupport never in src/core;
  Qt Gui in src/core only in report (fonts and painting for PDFs);
- storage/detail only from inside storage;
- in src/app only the sources of documents (*Document.cpp), DatabaseSession.cpp and models
  (*Model.cpp) reach storage or services; their headers do not, so a widget that includes one
  sees no storage type: widgets get documents.
"""
import os
import re
import shutil
import sys
import tempfile

DOMAIN = ['inventory', 'action', 'incidents', 'backups', 'posture', 'reminders']

# folder -> folders it may include (itself always)
ALLOWED = {
    'core': [],
    'core/io': ['core'],
    'core/inventory': ['core', 'core/io'],
    'core/action': ['core', 'core/io', 'core/inventory'],
    'core/incidents': ['core', 'core/io', 'core/inventory'],
    'core/backups': ['core', 'core/io', 'core/inventory'],
    'core/reminders': ['core', 'core/io', 'core/inventory', 'core/action', 'core/incidents',
                       'core/backups'],
    'core/posture': ['core', 'core/io', 'core/inventory', 'core/action', 'core/incidents',
                     'core/backups', 'core/reminders'],
    'core/report': ['core', 'core/io'] + ['core/' + d for d in DOMAIN],
    'core/storage': ['core', 'core/io', 'core/report'] + ['core/' + d for d in DOMAIN],
    'core/services': ['core', 'core/io', 'core/report', 'core/storage'] +
                     ['core/' + d for d in DOMAIN],
    'app': ['core', 'core/io', 'core/report', 'core/storage', 'core/services'] +
           ['core/' + d for d in DOMAIN],
    'cli': ['core', 'core/io', 'core/report', 'core/storage', 'core/services'] +
           ['core/' + d for d in DOMAIN],
}

SEARCH_ROOTS = ['core', 'app', 'cli']
QUOTED = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
ANGLED = re.compile(r'^\s*#\s*include\s+<([^>]+)>', re.M)
WIDGET_SIDE = ['QtWidgets', 'QtCharts', 'QtPrintSupport']


def layer_of(path):
    """'core/storage/detail/X.h' -> 'core/storage'; 'app/assets/X.h' -> 'app'."""
    parts = path.split('/')
    if parts[0] != 'core':
        return parts[0]
    if len(parts) == 2:
        return 'core'
    return 'core/' + parts[1]


def qt_modules(include_dirs):
    """Header name -> Qt module, from the module folders (…/qt6/QtSql) among include_dirs."""
    modules = {}
    for directory in include_dirs:
        name = os.path.basename(os.path.normpath(directory))
        if not name.startswith('Qt') or not os.path.isdir(directory):
            continue
        for header in os.listdir(directory):
            modules.setdefault(header, name)
            modules.setdefault(name + '/' + header, name)
    return modules


def resolve(src, including, name):
    local = os.path.normpath(os.path.join(os.path.dirname(including), name))
    if os.path.isfile(os.path.join(src, local)):
        return local
    for root in SEARCH_ROOTS:
        candidate = os.path.normpath(os.path.join(root, name))
        if os.path.isfile(os.path.join(src, candidate)):
            return candidate
    return None


def may_reach_storage(path):
    # Only their sources: a widget includes a document's or model's header, and would see
    # storage's types through it (an include there is a widget's include too).
    base = os.path.basename(path)
    stem, extension = os.path.splitext(base)
    return extension == '.cpp' and (stem.endswith('Document') or stem == 'DatabaseSession' or
                                    stem.endswith('Model'))


def check(src, modules):
    problems = []
    for directory, _, files in os.walk(src):
        for file_name in sorted(files):
            if not file_name.endswith(('.h', '.cpp')):
                continue
            path = os.path.relpath(os.path.join(directory, file_name), src).replace(os.sep, '/')
            layer = layer_of(path)
            if layer not in ALLOWED:
                problems.append(f'{path}: folder {layer} has no place in the layers')
                continue
            text = open(os.path.join(src, path), encoding='utf-8', errors='replace').read()
            for name in QUOTED.findall(text):
                if name.startswith('ui_'):
                    continue  # Designer forms, generated
                target = resolve(src, path, name)
                if target is None:
                    continue  # generated or outside src (moc, autogen)
                target_layer = layer_of(target)
                if target_layer != layer and target_layer not in ALLOWED[layer]:
                    problems.append(f'{path}: includes {target} ({layer} may not include '
                                    f'{target_layer})')
                if '/storage/detail/' in '/' + target and layer != 'core/storage':
                    problems.append(f'{path}: includes {target}, internal to src/core/storage')
                if (layer == 'app' and target_layer in ('core/storage', 'core/services')
                        and not may_reach_storage(path)):
                    problems.append(f'{path}: includes {target}; widgets get documents '
                                    f'(only the sources of *Document, DatabaseSession and '
                                    f'*Model reach storage and services, never their headers)')
            for name in ANGLED.findall(text):
                module = modules.get(name)
                if module is None and name.startswith('Qt') and '/' in name:
                    module = name.split('/')[0]
                if module is None:
                    continue
                if module == 'QtSql' and layer != 'core/storage':
                    problems.append(f'{path}: includes <{name}>; QtSql belongs to storage')
                if layer.startswith('core') and module in WIDGET_SIDE:
                    problems.append(f'{path}: includes <{name}>; src/core has no {module}')
                if layer.startswith('core') and module == 'QtGui' and layer != 'core/report':
                    problems.append(f'{path}: includes <{name}>; Qt Gui in src/core is for '
                                    f'the report engine only')
    return problems


def self_test(modules):
    """Each bad edge below must be reported, and the clean tree must pass."""
    fake_modules = dict(modules)
    fake_modules.update({'QSqlQuery': 'QtSql', 'QWidget': 'QtWidgets', 'QPainter': 'QtGui'})
    clean = {
        'core/Result.h': '',
        'core/io/Table.h': '#include "Result.h"\n',
        'core/inventory/Device.h': '#include "io/Table.h"\n',
        'core/storage/Repository.h': '#include "inventory/Device.h"\n',
        'core/storage/detail/Sql.h': '#include <QSqlQuery>\n',
        'core/storage/Repository.cpp': '#include "Repository.h"\n#include "detail/Sql.h"\n',
        'core/services/Import.cpp': '#include "storage/Repository.h"\n',
        'core/report/Pdf.cpp': '#include <QPainter>\n#include "inventory/Device.h"\n',
        'app/assets/InventoryDocument.cpp': '#include "storage/Repository.h"\n',
        'app/assets/AssetsPage.cpp': '#include "InventoryDocument.h"\n#include <QWidget>\n',
        'app/assets/InventoryDocument.h': '',
        'cli/Commands.cpp': '#include "services/Import.cpp"\n',
    }
    bad = {
        'domain includes storage': ('core/inventory/Bad.h', '#include "storage/Repository.h"\n'),
        'io includes a domain folder': ('core/io/Bad.h', '#include "inventory/Device.h"\n'),
        'storage includes services': ('core/storage/Bad.cpp', '#include "services/Import.cpp"\n'),
        'QtSql outside storage': ('core/services/Bad.cpp', '#include <QSqlQuery>\n'),
        'detail outside storage': ('core/services/Bad2.cpp', '#include "storage/detail/Sql.h"\n'),
        'widget includes storage': ('app/assets/BadPage.cpp', '#include "storage/Repository.h"\n'),
        'document header shows storage to widgets': ('app/assets/BadDocument.h',
                                                     '#include "storage/Repository.h"\n'),
        'Widgets in core': ('core/action/Bad.cpp', '#include <QWidget>\n'),
        'Qt Gui outside report': ('core/inventory/Bad2.cpp', '#include <QPainter>\n'),
        'core includes the app': ('core/services/Bad3.cpp',
                                  '#include "assets/InventoryDocument.h"\n'),
        'cli includes the app': ('cli/Bad.cpp', '#include "assets/AssetsPage.cpp"\n'),
        'unknown folder': ('core/somewhere/Bad.h', ''),
    }

    def build(files):
        root = tempfile.mkdtemp(prefix='layering-')
        for path, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
            with open(os.path.join(root, path), 'w', encoding='utf-8') as out:
                out.write(text)
        return root

    failures = []
    root = build(clean)
    try:
        if check(root, fake_modules):
            failures.append('the clean tree is reported: ' + '; '.join(check(root, fake_modules)))
    finally:
        shutil.rmtree(root)
    for what, (path, text) in bad.items():
        root = build({**clean, path: text})
        try:
            found = [p for p in check(root, fake_modules) if p.startswith(path)]
            if not found:
                failures.append(f'not caught: {what} ({path})')
        finally:
            shutil.rmtree(root)
    for failure in failures:
        print(failure)
    print(f'self-test: {len(bad)} bad edges, {len(failures)} failure(s)')
    return not failures


def main(argv):
    include_dirs = []
    args = []
    it = iter(argv)
    for arg in it:
        if arg == '--qt-include':
            include_dirs.extend(re.split(r'[;|]', next(it)))
        else:
            args.append(arg)
    modules = qt_modules(include_dirs)
    if args == ['--self-test']:
        return 0 if self_test(modules) else 1
    if len(args) != 1:
        print(__doc__)
        return 2
    problems = check(args[0], modules)
    for problem in problems:
        print(problem)
    print(f'layering: {len(problems)} wrong include(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
