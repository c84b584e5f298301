"""What the Storyreel bundle carries and what it leaves out.

One module read by the PyInstaller spec (to build the bundle), by ``check_bundle.py`` (to
check it) and by ``build_linux.sh`` (through ``check_bundle.py --debian-depends``), so the
three can never disagree about a Qt module, a plugin or a system library.

Plain Python with no third-party imports: the spec runs it inside PyInstaller and the
checker runs it on any Python 3.11.
"""

from __future__ import annotations

import fnmatch
import mmap
import re
import struct
import tomllib
from pathlib import Path, PurePosixPath

APP_NAME = "Storyreel"
EXECUTABLE = "storyreel"
BUNDLE_ID = "org.storyreel.Storyreel"
PUBLISHER = "The Storyreel team"
DESCRIPTION = "Turns still frames into video clips with ByteDance's video models on RunComfy."

# The targets, in megabytes of 10^6 bytes (the stricter reading of "MB").
MAX_INSTALLED_MB = 250
MAX_DOWNLOAD_MB = 90

# The Qt modules Storyreel imports (QtNetwork for its local socket: one window per data
# folder; QtSvg for its icons, drawn in the theme's colours; QtCharts for the Spending view, imported when that view first opens). QtQml, QtQuick and QtOpenGL are not imported but stay: Qt's FFmpeg media plugin
# links them, and playback needs that plugin.
USED_QT_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtNetwork",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtSvg",
    "QtCharts",
)

# Qt modules Storyreel never uses. Each name matches the Python binding (PySide6.Qt<name>)
# and the library on every platform (libQt6<name>.so.6, Qt6<name>.dll, Qt<name>.framework).
UNUSED_QT_MODULES = (
    "3D*",
    "Bluetooth",
    "CanvasPainter",
    "DataVisualization",
    "Designer*",
    "EglFS*",
    "EglFsKmsSupport",
    "Graphs*",
    "Help",
    "HttpServer",
    "LabsStyleKit",
    "Location",
    "NetworkAuth",
    "Nfc",
    "Pdf*",
    "Positioning*",
    "QmlCompiler",
    "QmlFeatures",
    "QmlLS",
    "Quick3D*",
    "QuickControls2*",
    "QuickDialogs2*",
    "QuickTemplates2",
    "QuickTest",
    "QuickWidgets",
    "RemoteObjects*",
    "Scxml*",
    "Sensors*",
    "SerialBus",
    "SerialPort",
    "ShaderTools",
    "SpatialAudio",
    "Sql",
    "StateMachine*",
    "Test",
    "TextToSpeech",
    "UiTools",
    "VirtualKeyboard*",
    "WaylandCompositor*",
    "WebChannel*",
    "WebEngine*",
    "WebSockets",
    "WebView*",
    "Xml",
)

# Python bindings that PyInstaller's Qt hooks would pull in although nothing imports them.
# Their Qt libraries stay wherever other Qt libraries link them (QtGui links QtDBus,
# QtMultimedia links QtConcurrent, Qt's FFmpeg plugin links QtQml, QtQuick and QtOpenGL).
# The QtNetwork binding stays: importing PySide6.QtMultimedia imports it.
UNUSED_QT_BINDINGS = (
    "QtConcurrent",
    "QtDBus",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtQml",
    "QtQuick",
)

# Qt plugins to leave out, as globs relative to Qt's plugins/ folder. Kept on purpose:
# platforms xcb, wayland (native on Wayland desktops) and offscreen (the smoke test);
# platformthemes gtk3 (GNOME's own file dialogs, loaded only when the desktop has GTK 3)
# and xdgdesktopportal (Flatpak/portal dialogs); the compose and ibus input methods
# (accented letters and Asian input in the prompt); image formats; Qt's FFmpeg media plugin.
UNUSED_QT_PLUGINS = (
    "platforms/*qeglfs*",
    "platforms/*qlinuxfb*",
    "platforms/*qminimal*",
    "platforms/*qvnc*",
    "platforms/*qvkkhrdisplay*",
    "platforms/qdirect2d*",
    "egldeviceintegrations/*",
    "generic/*",  # evdev and TUIO input for kiosks without a window system
    "platforminputcontexts/*qtvirtualkeyboardplugin*",
    "networkinformation/*",  # QNetworkInformation: Storyreel's network code is httpx
    "tls/*",  # Qt's TLS backends: Storyreel's HTTPS goes through Python's ssl module
    "imageformats/*qpdf*",  # PDF pages as images, through QtPdf (left out above)
    "qmltooling/*",
    "designer/*",
    "sqldrivers/*",
    "position/*",
    "geoservices/*",
    "sensors/*",
    "texttospeech/*",
    "canbus/*",
    "renderers/*",
    "sceneparsers/*",
    "assetimporters/*",
    "geometryloaders/*",
    "renderplugins/*",
    "scxmldatamodel/*",
    "webview/*",
    "virtualkeyboard/*",
    "wayland-graphics-integration-server/*",
    "wayland-graphics-integration-client/*-server*",  # compositor-side buffer sharing
    "wayland-shell-integration/*fullscreen-shell*",
    "wayland-shell-integration/*ivi-shell*",
    "wayland-shell-integration/*wl-shell*",
    "wayland-shell-integration/*qt-shell*",
)

# Qt's own translation catalogues that Storyreel's windows use; the rest (Designer, Help,
# QML, WebEngine...) belong to modules it does not ship.
QT_TRANSLATION_CATALOGUES = ("qtbase", "qtmultimedia")

# Python packages that must never be bundled: numpy is not a dependency (PyAV takes frames
# from Pillow), and the others are development tools that hooks can drag in.
# OpenTimelineIO's adapters for the edit-list exports, loaded by OTIO from their .py files
# (through each package's plugin manifest), and the standard modules those files import,
# which PyInstaller's analysis cannot see.
TIMELINE_ADAPTERS = ("otio_fcp_adapter", "otio_cmx3600_adapter")
TIMELINE_ADAPTER_IMPORTS = ("xml.etree.cElementTree", "xml.dom.minidom", "urllib.parse")

EXCLUDED_PYTHON_MODULES = (
    "numpy",
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",
    "PIL._tkinter_finder",
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_asyncio",
    "setuptools",
    "pkg_resources",
    "pip",
    "IPython",
    "matplotlib",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "keyrings.alt",  # its plaintext "keyring" would silently become the default backend
    "httpx._main",  # httpx's own command line, which drags in pygments; httpx copes without
    "pygments",
    "rich",
    "click",
)

# Linux libraries left to the system, with the Debian package that provides each. They are
# on every desktop that can run the bundle (glibc 2.36 or newer), and most are also loaded
# into the same process by the system's GL drivers, GTK or D-Bus, which must meet the
# system's own copy rather than an older one from the build machine (a classic cause of
# "GLIBCXX_3.4.xx not found" when Mesa loads next to a bundled libstdc++).
DEBIAN_PACKAGES: dict[str, str] = {
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libmvec.so.1": "libc6",
    "libpthread.so.0": "libc6",
    "libdl.so.2": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "libresolv.so.2": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libdrm.so.2": "libdrm2",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libXrandr.so.2": "libxrandr2",
    "libXfixes.so.3": "libxfixes3",
    "libXi.so.6": "libxi6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libxcb.so.1": "libxcb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-present.so.0": "libxcb-present0",
    "libxcb-dri2.so.0": "libxcb-dri2-0",
    "libxcb-dri3.so.0": "libxcb-dri3-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libexpat.so.1": "libexpat1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlienc.so.1": "libbrotli1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libpulse.so.0": "libpulse0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libkrb5.so.3": "libkrb5-3",
    "libk5crypto.so.3": "libk5crypto3",
    "libkrb5support.so.0": "libkrb5support0",
    "libcom_err.so.2": "libcom-err2",
    # Only for Wayland sessions and GNOME's dialogs: recommended, not required (see below).
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libgtk-3.so.0": "libgtk-3-0",
    "libgdk-3.so.0": "libgtk-3-0",
    "libpangocairo-1.0.so.0": "libpangocairo-1.0-0",
    "libpango-1.0.so.0": "libpango-1.0-0",
    "libharfbuzz.so.0": "libharfbuzz0b",
    "libatk-1.0.so.0": "libatk1.0-0",
    "libcairo-gobject.so.2": "libcairo-gobject2",
    "libcairo.so.2": "libcairo2",
    "libgdk_pixbuf-2.0.so.0": "libgdk-pixbuf-2.0-0",
}

# Libraries that only the system's own copies of these may load (they come with
# GTK, D-Bus, PulseAudio or Kerberos, which stay on the system): never bundled either.
SYSTEM_ONLY_PATTERNS = (
    "libsystemd.so*",
    "libgcrypt.so*",
    "libgpg-error.so*",
    "liblz4.so*",
    "libcap.so*",
    "libpulsecommon-*.so",
    "libsndfile.so*",
    "libFLAC.so*",
    "libvorbis*.so*",
    "libogg.so*",
    "libopus.so*",
    "libmpg123.so*",
    "libmp3lame.so*",
    "libasyncns.so*",
    "libpcre2-*.so*",
    "libmount.so*",
    "libblkid.so*",
    "libselinux.so*",
    "libpixman-1.so*",
    "libfribidi.so*",
    "libthai.so*",
    "libdatrie.so*",
    "libgraphite2.so*",
    "libepoxy.so*",
    "libpng16.so*",
    "libjpeg.so*",
    "libkeyutils.so*",
    "libbsd.so*",
    "libmd.so*",
    "libXcursor.so*",
    "libXinerama.so*",
    "libXcomposite.so*",
    "libXdamage.so*",
)

# Qt plugins that load only when the desktop offers what they need; their system
# libraries become Recommends (Wayland) or Suggests (GTK, for GNOME's own file dialogs;
# every GNOME desktop has it already) in the .deb instead of Depends.
OPTIONAL_QT_PLUGINS = (
    "platforms/*qwayland*",
    "wayland-*/*",
    "platformthemes/*qgtk3*",
)

DEBIAN_SUGGESTS = frozenset(
    {
        "libgtk-3-0",
        "libpangocairo-1.0-0",
        "libpango-1.0-0",
        "libharfbuzz0b",
        "libatk1.0-0",
        "libcairo-gobject2",
        "libcairo2",
        "libgdk-pixbuf-2.0-0",
    }
)

# Packages the .deb recommends though no bundled library links to them: a font with Chinese
# and Korean glyphs, so that those translations show real characters (fontconfig finds it).
DEBIAN_FONT_RECOMMENDS = frozenset({"fonts-noto-cjk"})

# Files that carry debug information or static symbol tables nothing reads at run time
# (about 45 MB). Only these are stripped (``strip --strip-unneeded``): Qt's libraries and
# both FFmpeg builds already are, and stripping them again corrupts Qt's FFmpeg ("ELF load
# command address/offset not page-aligned", then no QtMultimedia backend at all).
# check_bundle.py's encode and playback runs prove that the stripped files still load.
STRIP_PATTERNS = (
    "libpython3*.so*",
    "python3*/lib-dynload/*.so",
    "lib-dynload/*.so",
    "av/*.so",
    "av/*/*.so",
    "cryptography/hazmat/bindings/*.so",
    "PIL/*.so",  # Pillow's wheels ship their modules with symbols: 4.2 MB down to 1 MB
)

# Encoders inside PyAV's FFmpeg that Storyreel never uses (it encodes H.264 with x264 and
# AAC), with the value their stub functions return. On Linux each library is replaced by
# a stub exporting the same functions, which FFmpeg reads as "encoder unavailable": HEVC
# through x265_api_get() returning NULL, SVT-AV1 through EB_ErrorInsufficientResources.
# Together 27 MB; every decoder, and the x264, VP8/VP9, AAC and Opus encoders, stay.
STUBBED_LIBRARIES: dict[str, tuple[str, int]] = {
    "libx265-*.so*": ("the HEVC (H.265) encoder x265", 0),
    "libSvtAv1Enc-*.so*": ("the AV1 encoder SVT-AV1", 0x80001000),
}


def project_version(root: Path) -> str:
    """The version in pyproject.toml: the one number every installer is stamped with."""
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` as the four numbers Windows' file version resource wants."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def _posix(path: str | PurePosixPath) -> str:
    return str(path).replace("\\", "/")


def _qt_module_of(name: str) -> str | None:
    """The Qt module a file belongs to, from its name on any platform, else None."""
    for pattern in (
        r"^libQt6(?P<m>[A-Za-z0-9]+)\.so",  # Linux
        r"^Qt6(?P<m>[A-Za-z0-9]+)\.dll$",  # Windows
        r"^Qt(?P<m>[A-Za-z0-9]+)\.framework$",  # macOS
        r"^Qt(?P<m>[A-Za-z0-9]+)(\.abi3)?\.(so|pyd|pyi)$",  # the Python bindings
    ):
        match = re.match(pattern, name)
        if match:
            return match.group("m")
    return None


def is_unused_qt_module(module: str) -> bool:
    return any(fnmatch.fnmatchcase(module, pattern) for pattern in UNUSED_QT_MODULES)


def excluded_python_modules() -> list[str]:
    """Module names for the spec's ``excludes``: unused Qt bindings and foreign packages."""
    qt = [
        f"PySide6.Qt{pattern.rstrip('*')}"
        for pattern in UNUSED_QT_MODULES
        if not pattern.endswith("*")
    ]
    bindings = [f"PySide6.{name}" for name in UNUSED_QT_BINDINGS]
    return [*EXCLUDED_PYTHON_MODULES, *qt, *bindings]


def _plugin_path(dest: str) -> str | None:
    """The part of a bundle path below Qt's plugins/ folder, or None when not a plugin."""
    parts = _posix(dest).split("/")
    if "plugins" in parts:
        index = len(parts) - 1 - parts[::-1].index("plugins")
        return "/".join(parts[index + 1 :])
    return None


def _translation_kept(name: str, languages: set[str]) -> bool:
    match = re.match(r"^(?P<catalogue>[a-z_]+?)_(?P<lang>[a-z]{2,3}(_[A-Z]{2})?)\.qm$", name)
    if not match or match.group("catalogue") not in QT_TRANSLATION_CATALOGUES:
        return False
    lang = match.group("lang")
    return lang in languages or lang.split("_")[0] in languages


def app_languages(root: Path) -> set[str]:
    """Languages Storyreel itself is translated into (``resources/i18n/storyreel_<lang>.qm``)."""
    folder = root / "resources" / "i18n"
    return {
        path.stem.removeprefix("storyreel_")
        for path in folder.glob("storyreel_*.qm")
        if path.stem != "storyreel_"
    }


# Qt's development tools that the PySide6 wheels carry; none belongs in the app.
QT_TOOLS = frozenset(
    {
        "designer",
        "linguist",
        "assistant",
        "qmlls",
        "qmllint",
        "qmlformat",
        "lupdate",
        "lrelease",
        "uic",
        "rcc",
        "qmlcachegen",
        "qmltyperegistrar",
        "balsam",
        "balsamui",
        "svgtoqml",
    }
)


def leave_out(dest: str, *, linux: bool, languages: set[str]) -> str | None:
    """Why a collected file must not go into the bundle, or None when it belongs there.

    ``dest`` is the file's path inside the bundle as PyInstaller names it.
    """
    path = _posix(dest)
    name = path.rsplit("/", 1)[-1]
    parts = path.split("/")
    if "PySide6" in parts or "Qt" in parts or name.startswith(("libQt6", "Qt6", "Qt")):
        module = _qt_module_of(name)
        if module is None:
            framework = next((p for p in parts if p.endswith(".framework")), "")
            module = _qt_module_of(framework) if framework else None
        if module and is_unused_qt_module(module):
            return "Qt module Storyreel does not use"
    plugin = _plugin_path(path)
    if plugin and any(fnmatch.fnmatchcase(plugin, pattern) for pattern in UNUSED_QT_PLUGINS):
        return "Qt plugin Storyreel does not use"
    if name.endswith(".qm") and "translations" in parts and not _translation_kept(name, languages):
        return "Qt translation for a language or module Storyreel does not ship"
    if linux and is_system_library(name):
        return "system library (a dependency of the package, not part of the bundle)"
    if "qml" in parts and ("PySide6" in parts or "Qt" in parts):
        return "QML imports (Storyreel has no QML)"
    if name.removesuffix(".exe").removesuffix(".app") in QT_TOOLS and (
        "PySide6" in parts or "Qt" in parts
    ):
        return "Qt development tool"
    if name == "direct_url.json":
        return "pip's record of the build machine's checkout path"
    return None


def is_system_library(name: str) -> bool:
    """True for a Linux library the bundle leaves to the system (see DEBIAN_PACKAGES)."""
    return name in DEBIAN_PACKAGES or any(
        fnmatch.fnmatchcase(name, pattern) for pattern in SYSTEM_ONLY_PATTERNS
    )


def is_optional_plugin(plugin: str) -> bool:
    return any(fnmatch.fnmatchcase(plugin, pattern) for pattern in OPTIONAL_QT_PLUGINS)


def wants_strip(dest: str) -> bool:
    path = _posix(dest)
    return any(fnmatch.fnmatchcase(path, pattern) for pattern in STRIP_PATTERNS)


def stub_rule(name: str) -> tuple[str, int] | None:
    """(what the library is, what its stub functions return) when it is to be stubbed."""
    return next(
        (rule for pattern, rule in STUBBED_LIBRARIES.items() if fnmatch.fnmatchcase(name, pattern)),
        None,
    )


def is_load_root(dest: str) -> bool:
    """Files something loads by path rather than through another library's DT_NEEDED.

    Python extension modules (imported), Qt plugins (loaded by Qt) and libpython (loaded
    by the bootloader). A bundled library that no root needs, directly or through other
    bundled libraries, is dead weight.
    """
    path = _posix(dest)
    name = path.rsplit("/", 1)[-1]
    return (
        _plugin_path(path) is not None
        or ".cpython-" in name
        or ".abi3." in name
        or name.startswith("libpython")
        or "/lib-dynload/" in f"/{path}"
    )


def elf_needed(path: Path) -> list[str] | None:
    """The DT_NEEDED names of an ELF file (its direct library dependencies).

    None when the file is not ELF. Reads the dynamic segment directly, so it needs neither
    readelf nor ldd and never loads the library.
    """
    try:
        with open(path, "rb") as handle:
            if handle.read(4) != b"\x7fELF":
                return None
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
                return _parse_needed(data)
    except (OSError, ValueError, struct.error):
        return None


def _parse_needed(data: mmap.mmap) -> list[str]:
    is_64 = data[4] == 2
    order = "<" if data[5] == 1 else ">"
    if is_64:
        phoff, phentsize, phnum = (
            struct.unpack_from(order + "Q", data, 0x20)[0],
            *struct.unpack_from(order + "HH", data, 0x36),
        )
    else:
        phoff, phentsize, phnum = (
            struct.unpack_from(order + "I", data, 0x1C)[0],
            *struct.unpack_from(order + "HH", data, 0x2A),
        )
    loads: list[tuple[int, int, int]] = []  # (vaddr, offset, filesz)
    dynamic: tuple[int, int] | None = None  # (offset, filesz)
    for index in range(phnum):
        base = phoff + index * phentsize
        if is_64:
            p_type, _, p_offset, p_vaddr, _, p_filesz = struct.unpack_from(
                order + "IIQQQQ", data, base
            )
        else:
            p_type, p_offset, p_vaddr, _, p_filesz = struct.unpack_from(order + "IIIII", data, base)
        if p_type == 1:
            loads.append((p_vaddr, p_offset, p_filesz))
        elif p_type == 2:
            dynamic = (p_offset, p_filesz)
    if dynamic is None:
        return []
    entry_format = order + ("qQ" if is_64 else "iI")
    entry_size = struct.calcsize(entry_format)
    needed_offsets: list[int] = []
    strtab_vaddr = None
    for offset in range(dynamic[0], dynamic[0] + dynamic[1], entry_size):
        tag, value = struct.unpack_from(entry_format, data, offset)
        if tag == 0:
            break
        if tag == 1:
            needed_offsets.append(value)
        elif tag == 5:
            strtab_vaddr = value
    if strtab_vaddr is None:
        return []
    strtab = next(
        (
            offset + strtab_vaddr - vaddr
            for vaddr, offset, size in loads
            if vaddr <= strtab_vaddr < vaddr + size
        ),
        None,
    )
    if strtab is None:
        return []
    names = []
    for offset in needed_offsets:
        start = strtab + offset
        end = data.find(b"\0", start)
        names.append(data[start:end].decode("utf-8", "replace"))
    return names
