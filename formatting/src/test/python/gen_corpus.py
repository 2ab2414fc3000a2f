#!/usr/bin/env python3
"""Generates the str.format conformance corpus for zatta's formatting module.

Every expected output and every expected error below is produced by the CPython that runs this
script (the corpus was made with CPython 3.11.7; the script refuses any other 3.11 mismatch only
with --force). Run from the repository root:

    python3 formatting/src/test/python/gen_corpus.py
    python3 formatting/src/test/python/gen_corpus.py --seed 7 --scale 10 --out /tmp/big.jsonl   # a bigger check

Output: formatting/src/test/resources/dev/zatta/formatting/str_format_corpus.jsonl, one JSON object
per line:

    {"t": template, "a": [positional...], "k": {named...}, "o": expected output}
    {"t": template, "a": [...], "k": {...}, "e": "ValueError", "m": "expected message"}

Values: a JSON string is a str, true/false a bool, null None, a JSON array a list;
{"i": "123"} is an int, {"f": "0x1.8p+1" | "inf" | "-inf" | "nan"} a float (float.hex, exact),
{"d": [[key, value], ...]} a dict, {"D": "1.50"} a decimal.Decimal (a Java BigDecimal).

Sources: CPython's own tests (test_types, test_float with formatfloat_testcases.txt and
floating_points.txt, test_long, test_unicode, test_format), read with the ast module; the
formatfloat test file; and seeded random cases: specs over edge values, float reprs over random bit
patterns, correctly rounded f/e/g at many precisions, replacement-field syntax, field access.

Errors that zatta reports when compiling the template (syntax) are what CPython raises when every
argument lookup succeeds (a permissive stand-in argument); where CPython would first raise a lookup
error for an earlier field, the case records the syntax error instead (see "static" below).
"""
import argparse
import ast
import decimal
import json
import math
import os
import random
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTDIR = os.path.join(os.path.dirname(os.__file__), "test")
cli = argparse.ArgumentParser(description=__doc__.split("\n")[0])
cli.add_argument("--seed", type=int, default=20261128, help="seed of the random cases (default: the committed corpus)")
cli.add_argument("--scale", type=float, default=1.0, help="multiplies the number of random cases (default 1)")
cli.add_argument("--out", default=os.path.join(HERE, "..", "resources", "dev", "zatta", "formatting",
                                                "str_format_corpus.jsonl"), help="output file")
cli.add_argument("--force", action="store_true", help="run on a CPython other than 3.11")
opts = cli.parse_args()
SEED = opts.seed
OUT = opts.out

if sys.version_info[:2] != (3, 11) and not opts.force:
    sys.exit("run with CPython 3.11 (this is %s)" % sys.version)


def n(count):
    return int(count * opts.scale)


# ---------------------------------------------------------------- value encoding

def enc(v):
    if isinstance(v, decimal.Decimal):
        return {"D": str(v)}
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        if math.isnan(v):
            return {"f": "nan"}
        if math.isinf(v):
            return {"f": "inf" if v > 0 else "-inf"}
        return {"f": v.hex()}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


def supported(v):
    if isinstance(v, decimal.Decimal):
        # a Java BigDecimal: finite, and no negative zero
        return v.is_finite() and not (v.is_zero() and v.is_signed())
    if v is None or isinstance(v, (bool, int, float, str)):
        if isinstance(v, str):
            return all(not (0xD800 <= ord(c) <= 0xDFFF) for c in v) and len(v) < 20000
        return True
    if isinstance(v, list):
        return all(supported(x) for x in v)
    if isinstance(v, dict):
        return all(supported(k) and supported(x) for k, x in v.items())
    return False


class Magic:
    """Stand-in argument: every lookup, attribute, item and spec succeeds."""

    def __format__(self, spec):
        return ""

    def __getattr__(self, name):
        return self

    def __getitem__(self, key):
        return self

    def __repr__(self):
        return ""

    __str__ = __repr__


class Ambiguous(Exception):
    """The template's first error cannot be told apart from an argument lookup."""


def static_error(t):
    """CPython's error for t when every argument lookup succeeds, or None."""
    kw = {}
    nargs = 16
    for _ in range(64):
        try:
            t.format(*(Magic() for _ in range(nargs)), **kw)
            return None
        except KeyError as e:
            if e.args and isinstance(e.args[0], str) and e.args[0] not in kw:
                kw[e.args[0]] = Magic()
                continue
            return ("KeyError", str(e))
        except IndexError as e:
            msg = str(e)
            if msg.startswith("Replacement index ") and msg.endswith(" out of range for positional args tuple"):
                index = int(msg.split()[2])
                if index >= 100000:
                    raise Ambiguous(t)
                nargs = index + 1
                continue
            return ("IndexError", msg)
        except Exception as e:  # noqa: BLE001 - we record whatever CPython raises
            return (type(e).__name__, str(e))
    raise Ambiguous(t)


cases = []
seen = set()


def add(t, args=(), kwargs=None, source=""):
    kwargs = kwargs or {}
    if not isinstance(t, str) or not supported(t) or not supported(list(args)) or not supported(kwargs):
        return
    if any(not isinstance(k, str) for k in kwargs):
        return
    key = (t, repr(args), repr(sorted(kwargs.items())))
    if key in seen:
        return
    seen.add(key)
    try:
        out = t.format(*args, **kwargs)
        err = None
    except MemoryError:
        return
    except Exception as e:  # noqa: BLE001
        out = None
        err = (type(e).__name__, str(e))
    if out is not None and (" at 0x" in out or "<built-in" in out or "<bound" in out or len(out) > 5000):
        return
    if err is not None:
        try:
            st = static_error(t)
        except Ambiguous:
            return
        if st is not None and st != err:
            err = st
        if err[0] == "MemoryError":
            return
    case = {"t": t}
    if args:
        case["a"] = [enc(a) for a in args]
    if kwargs:
        case["k"] = {k: enc(v) for k, v in kwargs.items()}
    if err is None:
        case["o"] = out
    else:
        case["e"], case["m"] = err
    if source.startswith("test") or source.endswith(".txt"):
        case["s"] = source  # provenance of CPython's own cases; random ones need none
    cases.append(case)


def add_format(value, spec, source=""):
    """Python's format(value, spec) as a template: inline when possible, else through a nested field."""
    if "{" in spec or "}" in spec:
        add("{0:{1}}", (value, spec), source=source)
    else:
        add("{0:" + spec + "}", (value,), source=source)


# ---------------------------------------------------------------- CPython's own tests (ast)

NAMES = {"INF": float("inf"), "NAN": float("nan"), "inf": float("inf"), "nan": float("nan")}


class NotConst(Exception):
    pass


def ev(node):
    if isinstance(node, ast.Constant):
        if isinstance(node.value, (int, float, str, bool)) or node.value is None:
            return node.value
        raise NotConst
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        v = ev(node.operand)
        if not isinstance(v, (int, float)):
            raise NotConst
        return -v if isinstance(node.op, ast.USub) else +v
    if isinstance(node, ast.BinOp):
        a, b = ev(node.left), ev(node.right)
        if isinstance(node.op, ast.Add):
            return a + b
        if isinstance(node.op, ast.Sub):
            return a - b
        if isinstance(node.op, ast.Mult):
            if isinstance(a, str) and isinstance(b, int) and b > 20000:
                raise NotConst
            return a * b
        if isinstance(node.op, ast.Pow) and isinstance(a, int) and isinstance(b, int) and 0 <= b <= 4000:
            return a ** b
        raise NotConst
    if isinstance(node, (ast.List, ast.Tuple)):
        return [ev(e) for e in node.elts]
    if isinstance(node, ast.Dict):
        return {ev(k): ev(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.Name) and node.id in NAMES:
        return NAMES[node.id]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("float", "int", "str") \
            and len(node.args) == 1 and not node.keywords:
        return {"float": float, "int": int, "str": str}[node.func.id](ev(node.args[0]))
    raise NotConst


def harvest(path, only_functions=None):
    src = open(path, encoding="utf-8").read()
    tree = ast.parse(src)
    label = os.path.basename(path)
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        if only_functions and fn.name not in only_functions:
            continue
        where = label + ":" + fn.name
        for node in ast.walk(fn):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            try:
                # format(x, spec)
                if isinstance(f, ast.Name) and f.id == "format" and len(node.args) == 2:
                    add_format(ev(node.args[0]), ev(node.args[1]), where)
                # test(x, spec, result) helpers
                elif isinstance(f, ast.Name) and f.id == "test" and len(node.args) == 3:
                    v, s = ev(node.args[0]), ev(node.args[1])
                    if isinstance(s, str):
                        add_format(v, s, where)
                # x.__format__(spec)
                elif isinstance(f, ast.Attribute) and f.attr == "__format__" and len(node.args) == 1:
                    add_format(ev(f.value), ev(node.args[0]), where)
                # 'template'.format(...)
                elif isinstance(f, ast.Attribute) and f.attr == "format" and isinstance(f.value, ast.Constant) \
                        and isinstance(f.value.value, str):
                    if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
                        continue
                    args = [ev(a) for a in node.args]
                    kwargs = {k.arg: ev(k.value) for k in node.keywords}
                    add(f.value.value, tuple(args), kwargs, where)
                # assertRaises(E, format, x, spec) / assertRaises(E, 'tpl'.format, args...)
                elif isinstance(f, ast.Attribute) and f.attr in ("assertRaises", "assertRaisesRegex"):
                    rest = node.args[1:] if f.attr == "assertRaises" else node.args[2:]
                    if not rest:
                        continue
                    g = rest[0]
                    if isinstance(g, ast.Name) and g.id == "format" and len(rest) == 3:
                        add_format(ev(rest[1]), ev(rest[2]), where)
                    elif isinstance(g, ast.Attribute) and g.attr == "format" and isinstance(g.value, ast.Constant) \
                            and isinstance(g.value.value, str):
                        add(g.value.value, tuple(ev(a) for a in rest[1:]),
                            {k.arg: ev(k.value) for k in node.keywords if k.arg}, where)
                    elif isinstance(g, ast.Attribute) and g.attr == "__format__" and len(rest) == 2:
                        add_format(ev(g.value), ev(rest[1]), where)
            except (NotConst, TypeError, ValueError, OverflowError, ZeroDivisionError, KeyError):
                continue


harvest(os.path.join(TESTDIR, "test_types.py"))
harvest(os.path.join(TESTDIR, "test_float.py"))
harvest(os.path.join(TESTDIR, "test_long.py"))
harvest(os.path.join(TESTDIR, "test_unicode.py"))
harvest(os.path.join(TESTDIR, "test_format.py"))
harvest(os.path.join(TESTDIR, "test_fstring.py"))
n_harvested = len(cases)

# formatfloat_testcases.txt: '%'-style lines turned into format specs, both signs
with open(os.path.join(TESTDIR, "formatfloat_testcases.txt"), encoding="utf-8") as fh:
    for line in fh:
        line = line.strip()
        if not line or line.startswith("--"):
            continue
        lhs, _ = map(str.strip, line.split("->"))
        fmt, arg = lhs.split()
        f = float(arg)
        if fmt == "%r":
            add("{!r}", (f,), source="formatfloat_testcases.txt")
            add("{!r}", (-f,), source="formatfloat_testcases.txt")
        else:
            add_format(f, fmt[1:], "formatfloat_testcases.txt")
            add_format(-f, fmt[1:], "formatfloat_testcases.txt")

# floating_points.txt (test_float.test_repr): shortest repr
with open(os.path.join(TESTDIR, "floating_points.txt"), encoding="utf-8") as fh:
    for line in fh:
        line = line.split("#", 1)[0].strip()
        if line:
            add("{!r}", (float(line),), source="floating_points.txt")

# test_float.test_short_repr's test_strings
tree = ast.parse(open(os.path.join(TESTDIR, "test_float.py"), encoding="utf-8").read())
for node in ast.walk(tree):
    if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "test_strings" for t in node.targets):
        for s in ast.literal_eval(node.value):
            add("{}", (float(s),), source="test_float:test_short_repr")
            add("{}", (-float(s),), source="test_float:test_short_repr")
n_cpython = len(cases)

# ---------------------------------------------------------------- seeded random cases

rng = random.Random(SEED)

INTS = [0, 1, -1, 7, 10, 42, 65, 255, 1000, 1234, -1234, 65536, 123456789, -987654321, 2**31 - 1, -2**31,
        2**53 + 1, 2**63 - 1, -2**63, 2**64, 2**100, -2**100, 10**30, 0x10FFFF, 0x110000, 128512, 9 * 10**17]
FLOATS = [0.0, -0.0, 0.5, -0.5, 0.125, 0.375, 2.5, 1.5, -2.5, 3.5, 0.05, 0.25, 0.75, 1e16, 1e15, 1e17, 1e-5,
          1e-4, 1e-3, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          float("nan"), float("inf"), float("-inf"), math.pi, -math.e, 1 / 3, 2 / 3, 0.1, 0.2, 0.1 + 0.2,
          123456.789, 9.995, 0.0005, 1e22, 1e23, 2.0**53, 2.0**53 + 2, 100.0, 12345678901234567890.0, 0.1666,
          0.0813, 3.94, 999999.5, 9.5, 0.95, 1e100, -1e-100, 4.35, 2.675, 1.005, 1234567.891, 0.000123456]
STRS = ["", "a", "abc", "héllo", "日本語", "😀x", "e\u0301", "tab\tx", "quote'", "both'\"", "svm", "0.17",
        "a{b}c", "  pad  ", "x" * 25]
BOOLS = [True, False]
ALL = INTS + FLOATS + STRS + BOOLS + [None]


def rand_spec():
    parts = []
    r = rng.random
    if r() < 0.35:
        if r() < 0.6:
            parts.append(rng.choice(" *0x_.-+é😀"))
        parts.append(rng.choice("<>^="))
    if r() < 0.3:
        parts.append(rng.choice("+- "))
    if r() < 0.08:
        parts.append("z")
    if r() < 0.15:
        parts.append("#")
    if r() < 0.15:
        parts.append("0")
    if r() < 0.45:
        parts.append(str(rng.choice([0, 1, 2, 3, 5, 8, 10, 12, 15, 20, 25, 30])))
    if r() < 0.15:
        parts.append(rng.choice([",", "_", ",", "_", ",_", "_,"]))
    if r() < 0.45:
        parts.append("." + (str(rng.choice([0, 0, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 20, 25, 40]))
                            if r() < 0.97 else ""))
    if r() < 0.8:
        parts.append(rng.choice("bcdoxXneEfFgG%s" * 3 + "qrai"))
    if r() < 0.02:
        parts.append(rng.choice("dfs"))
    return "".join(parts)


for _ in range(n(5600)):
    v = rng.choice(ALL)
    add_format(v, rand_spec(), "random-spec")

for _ in range(n(600)):
    spec = rand_spec()
    v = rng.choice(ALL)
    mode = rng.randrange(3)
    if mode == 0:
        add("{x:" + spec + "}", (), {"x": v}, "random-spec-named")
    elif mode == 1:
        add("[{}|{:" + spec + "}]", (v, v), source="random-spec-auto")
    else:
        add("{0!r:" + spec.replace("{", "").replace("}", "") + "}", (v,), source="random-spec-repr")

# float repr over random bit patterns and random short decimals
for _ in range(n(2000)):
    bits = rng.getrandbits(64)
    f = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if math.isnan(f):
        continue
    add(rng.choice(["{}", "{!r}", "{!s}"]), (f,), source="random-repr")
for _ in range(n(700)):
    digits = rng.randrange(1, 18)
    f = float("%se%d" % (rng.randrange(10**(digits - 1), 10**digits), rng.randrange(-330, 310)))
    add("{}", (f,), source="random-repr-decimal")
# doubles whose 17-digit shortest candidates tie (n/8 + 1e14, n/4 + 1e15)
for _ in range(n(300)):
    f = rng.randrange(1, 10**6) / 8 + 1e14
    add("{}", (f,), source="repr-ties")
    f = rng.randrange(1, 10**6) / 4 + 1e15
    add("{}", (f,), source="repr-ties")

# correctly rounded f/e/g/% at many precisions, random doubles and exact binary ties
for _ in range(n(2500)):
    kind = rng.randrange(4)
    if kind == 0:
        f = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
        if math.isnan(f):
            continue
    elif kind == 1:
        f = rng.randrange(-10**6, 10**6) / 2 ** rng.randrange(1, 12)
    elif kind == 2:
        f = rng.uniform(-1000, 1000)
    else:
        f = rng.uniform(0, 1) * 10 ** rng.randrange(-30, 30)
    code = rng.choice("fffeeggG%FE")
    p = rng.choice([0, 1, 2, 3, 4, 5, 6, 10, 15, 16, 17, 20, 30])
    spec = "." + str(p) + code
    if code == "f" and abs(f) > 1e30:
        spec = ".2f"
    add_format(f, rng.choice(["", "", "+", " ", ","]) + spec, "rounding")

# replacement-field syntax: random templates
ALPHA = ["{", "}", "{", "}", "0", "1", "a", "b", "!", "r", "s", "x", ":", ".", "[", "]", ">", "5", "d", " ", "{}",
         "{0}", "{a}", "{{", "}}", "real", "2", "é"]
for _ in range(n(3500)):
    t = "".join(rng.choice(ALPHA) for _ in range(rng.randrange(1, 10)))
    args = rng.choice([(), (1,), (1, "xy"), (2.5, [10, 20, 30], "abc"), ([1, [2, 3]], {"k": 1}, 3)])
    kwargs = rng.choice([{}, {"a": 3.5}, {"a": "s", "b": [1]}, {"a": {"x": 1, 1: "one"}}])
    add(t, args, kwargs, "random-template")

# field access and conversions
LIST = [10, "b", [1, 2], 2.5, None, True]
DICT = {"k": "v", "n": 3, 0: "zero", 7: [1, 2], "x": {"y": "deep"}}
for t in ["{0[0]}", "{0[1]}", "{0[5]}", "{0[6]}", "{0[2][1]}", "{0[x]}", "{0[-1]}", "{0[ 0]}", "{0.real}",
          "{0.x}", "{0[0]:>6}", "{0[3]:.3f}", "{0!r}", "{0!s}", "{0!a}", "{0[1]!r:^7}", "{0[00]}", "{0[٣]}",
          "{0[3]!a}", "{0}", "{0:5}"]:
    add(t, (LIST,), source="field-list")
for t in ["{0[k]}", "{0[n]:+d}", "{0[0]}", "{0[7][1]}", "{0[x][y]}", "{0[missing]}", "{0[1]}", "{0!r}", "{0}",
          "{0[x]!r}", "{0[k]!a}"]:
    add(t, (DICT,), source="field-dict")
for s in STRS + ["\x00\x7f\x80\xad\u2028\u200b\U0001F600\ufeff", "'\"\\", "é" * 3]:
    for t in ["{0!r}", "{0!a}", "{0!s:>12}", "{0[0]}", "{0[2]}", "{0!r:.3}", "{0:^9.2}"]:
        add(t, (s,), source="field-str")
for v in INTS[:12] + FLOATS[:20] + BOOLS + [None]:
    for t in ["{0!r}", "{0!s}", "{0!a}", "{0!r:>10}", "{0.real}", "{0.imag}", "{!r}{!s}"]:
        add(t, (v, v), source="conversions")
# nested specs
for _ in range(n(600)):
    v = rng.choice(INTS[:15] + FLOATS[:30] + STRS[:8])
    w = rng.choice([0, 3, 8, 12, "", "x"])
    p = rng.choice([0, 1, 2, 5, "", "a"])
    ty = rng.choice(["f", "e", "g", "", "d", "s", "x"])
    add("{v:{w}.{p}{t}}", (), {"v": v, "w": w, "p": p, "t": ty}, "nested")
    add("{:{}{}}", (v, rng.choice(["<", ">", "^", "=", "*^"]), w), source="nested-auto")
    add("{0:{1}}", (v, rng.choice(["", ">10", "^{", "{}", "x<5"])), source="nested-spec-value")

# decimal.Decimal (Java BigDecimal): its own spec language (libmpdec), random specs over edge values
DECIMALS = [decimal.Decimal(x) for x in ["0", "0E-3", "0E+3", "1E+3", "1.5", "-1.5", "2.675", "2.665", "12345.6789",
            "-0.001", "1E-7", "123456789012345678901234567890.123", "9.995", "0.5", "1.25E-10", "-7E+2", "100",
            "1.000", "-0.0000049", "0.1666", "1234567.5", "-1E+30", "5E-324", "3.14159265358979323846"]]
for _ in range(n(1500)):
    add_format(rng.choice(DECIMALS), rand_spec(), "random-decimal")
for d in DECIMALS:
    for t in ["{}", "{!r}", "{!s:>12}", "{:,}", "{:010,.2f}", "{:z.1f}", "{:.3e}", "{:.0e}", "{:%}", "{:.2%}",
              "{:g}", "{:G}", "{:.2}", "{:n}", "{:=+12.3f}", "{:*^14}", "{:.0f}", "{:e}", "{:.2g}", "{:0}",
              "{:z.2f}", "{:z.2F}", "{:z.1%}", "{:z}", "{:z.1e}"]:
        add(t, (d,), source="decimal")

rng.shuffle(cases)
with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")
print("%d cases (%d from CPython's tests and test files) -> %s (%d bytes)"
      % (len(cases), n_cpython, os.path.relpath(OUT), os.path.getsize(OUT)), file=sys.stderr)
