# importlib.resources (files, as_file, legacy helpers) for a package on disk,
# and importlib.metadata over a *.dist-info directory found on sys.path.
import importlib.metadata as md
import importlib.resources as resources
import os
import sys
import tempfile
import warnings

warnings.simplefilter('ignore', DeprecationWarning)

with tempfile.TemporaryDirectory() as tmp:
    pkg = os.path.join(tmp, 'respkg')
    os.makedirs(os.path.join(pkg, 'data'))
    with open(os.path.join(pkg, '__init__.py'), 'w') as f:
        f.write('')
    with open(os.path.join(pkg, 'mod.py'), 'w') as f:
        f.write('X = 1\n')
    with open(os.path.join(pkg, 'hello.txt'), 'w') as f:
        f.write('hello resource\nsecond line\n')
    with open(os.path.join(pkg, 'data', 'blob.bin'), 'wb') as f:
        f.write(bytes(range(8)))
    sys.path.insert(0, tmp)

    root = resources.files('respkg')
    print(type(root).__name__, os.path.relpath(str(root), tmp))
    print(sorted(p.name for p in root.iterdir() if p.name != '__pycache__'))
    print((root / 'hello.txt').read_text())
    print((root / 'data' / 'blob.bin').read_bytes())
    print(root.joinpath('data', 'blob.bin').is_file(), (root / 'data').is_dir())
    with resources.as_file(root / 'hello.txt') as path:
        print(os.path.relpath(str(path), tmp), os.path.exists(path))
    import respkg
    print(resources.files(respkg) == root)

    print(resources.read_text('respkg', 'hello.txt').splitlines())
    print(resources.read_binary('respkg', 'hello.txt')[:5])
    with resources.open_text('respkg', 'hello.txt') as f:
        print(f.readline().strip())
    with resources.open_binary('respkg', 'hello.txt') as f:
        print(f.read(5))
    print(resources.is_resource('respkg', 'hello.txt'), resources.is_resource('respkg', 'data'),
          resources.is_resource('respkg', 'missing.txt'))
    print(sorted(n for n in resources.contents('respkg') if n != '__pycache__'))
    with resources.path('respkg', 'hello.txt') as p:
        print(p.name)
    for call in [lambda: resources.read_text('respkg', 'data/blob.bin'),
                 lambda: resources.files('respkg.mod'),
                 lambda: resources.files('no_such_package_xyz'),
                 lambda: resources.read_text('respkg', 'missing.txt')]:
        try:
            call()
        except Exception as e:
            print(type(e).__name__, str(e).replace(tmp, '<tmp>'))

    # Distribution metadata.
    dist = os.path.join(tmp, 'Fancy_Tool-1.2.3.dist-info')
    os.mkdir(dist)
    with open(os.path.join(dist, 'METADATA'), 'w') as f:
        f.write('Metadata-Version: 2.1\nName: Fancy-Tool\nVersion: 1.2.3\nSummary: A tool\n'
                'Requires-Dist: requests (>=2.0)\nRequires-Dist: click\nClassifier: A :: B\n'
                'Classifier: C :: D\n\nLong description.\n')
    with open(os.path.join(dist, 'entry_points.txt'), 'w') as f:
        f.write('[console_scripts]\nfancy = fancy.cli:main\n\n[fancy.plugins]\nzip = fancy.plugins.zip:Zip [extra]\n')
    with open(os.path.join(dist, 'RECORD'), 'w') as f:
        f.write('fancy/__init__.py,sha256=abc,10\nfancy/cli.py,,\nFancy_Tool-1.2.3.dist-info/METADATA,,\n')
    with open(os.path.join(dist, 'top_level.txt'), 'w') as f:
        f.write('fancy\n')

    print(md.version('fancy-tool'), md.version('Fancy_Tool'), md.version('fancy.tool'))
    meta = md.metadata('fancy-tool')
    print(meta['Name'], meta['Summary'], meta.get('Missing'), meta.get_all('Classifier'))
    print(md.requires('fancy-tool'))
    files = md.files('fancy-tool')
    print([str(f) for f in files], files[0].size, files[0].hash.mode, files[1].hash)
    eps = md.entry_points(group='console_scripts')
    fancy = [ep for ep in eps if ep.name == 'fancy']
    print(fancy, fancy[0].module, fancy[0].attr, fancy[0].extras)
    plug = md.entry_points(group='fancy.plugins')
    print([(ep.name, ep.value, ep.extras) for ep in plug], plug.names)
    print(md.distribution('fancy-tool').metadata['Version'])
    print(md.packages_distributions().get('fancy'))
    try:
        md.version('definitely-not-installed-xyz')
    except md.PackageNotFoundError as e:
        print('PackageNotFoundError', e, e.name, isinstance(e, ModuleNotFoundError))
    try:
        md.distribution('')
    except ValueError as e:
        print('ValueError', e)
    sys.path.remove(tmp)
