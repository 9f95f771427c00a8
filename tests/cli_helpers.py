"""Running the real CLI in a subprocess: `python -m extractor ...` from this worktree."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "samples")
ENV = dict(os.environ, PYTHONPATH=ROOT, PYTHONWARNINGS="ignore")


def cli(*args, cwd, stdin=None, blocked=(), timeout=600, **kw):
    """`python -m extractor ARGS` in `cwd`; `stdin` bytes piped in (else /dev/null);
    `blocked`: modules made unimportable (sys.modules[name] = None), as if an extra were missing."""
    if blocked:
        code = ("import runpy, sys\nfor m in %r:\n    sys.modules[m] = None\n"
                "sys.argv = ['extractor'] + %r\nrunpy.run_module('extractor', run_name='__main__', alter_sys=True)"
                % (list(blocked), list(args)))
        cmd = [sys.executable, "-c", code]
    else:
        cmd = [sys.executable, "-m", "extractor", *args]
    return subprocess.run(cmd, cwd=cwd, env=ENV, input=stdin if stdin is not None else b"",
                          capture_output=True, timeout=timeout, **kw)


def err_lines(res):
    """stderr as text lines."""
    return res.stderr.decode("utf-8").splitlines()


def files(folder):
    """Every file under `folder`, relative, sorted (hidden and temporary ones too)."""
    out = []
    for dirpath, _, names in os.walk(folder):
        out += [os.path.relpath(os.path.join(dirpath, n), folder) for n in names]
    return sorted(out)
