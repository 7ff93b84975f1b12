#!/bin/sh
# Install MapStudio's Linux bundle and its desktop integration (menu entry,
# icons, the application/x-mapstudio type so double-clicking a .mapstudio file
# opens MapStudio). Per user by default; system-wide with PREFIX=/usr/local (as root).
#
#   MapStudio/linux/install.sh                 # from an unpacked release archive
#   packaging/linux/install.sh                 # from a source tree, after `make package`
#   PREFIX=/usr/local sudo -E .../install.sh
#   .../install.sh --uninstall
set -eu

APP_ID=io.github.mapstudio.MapStudio
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
DATA="$PREFIX/share"
LIBDIR="$PREFIX/lib/mapstudio"
SIZES="16 24 32 48 64 128 256 512"

if [ -x "$HERE/../MapStudio" ]; then
    BUNDLE=$(cd "$HERE/.." && pwd)                 # MapStudio/linux/install.sh
else
    BUNDLE=$(cd "$HERE/../.." && pwd)/dist/MapStudio  # packaging/linux/install.sh
fi
ICONS="$BUNDLE/_internal/resources/icons"

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIBDIR"
    rm -f "$PREFIX/bin/mapstudio" \
        "$DATA/applications/$APP_ID.desktop" \
        "$DATA/metainfo/$APP_ID.metainfo.xml" \
        "$DATA/mime/packages/$APP_ID.xml" \
        "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg" \
        "$DATA/icons/hicolor/scalable/mimetypes/application-x-mapstudio.svg"
    for size in $SIZES; do
        rm -f "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
            "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-mapstudio.png"
    done
    refresh
    echo "MapStudio removed from $PREFIX"
    exit 0
fi

if [ ! -x "$BUNDLE/MapStudio" ]; then
    echo "install.sh: no bundle at $BUNDLE (run 'make package' first)" >&2
    exit 1
fi

# The program: a copy of the one-folder bundle and a `mapstudio` command.
rm -rf "$LIBDIR"
mkdir -p "$LIBDIR" "$PREFIX/bin"
cp -R "$BUNDLE/." "$LIBDIR/"
ln -sf "$LIBDIR/MapStudio" "$PREFIX/bin/mapstudio"

# Menu entry (with an absolute Exec, since ~/.local/bin is not always on the
# PATH a desktop session uses), AppStream metadata, the MIME type.
install -d "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages"
sed -e "s|^Exec=mapstudio|Exec=$PREFIX/bin/mapstudio|" \
    -e "s|^TryExec=mapstudio|TryExec=$PREFIX/bin/mapstudio|" \
    "$HERE/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$HERE/mapstudio-mime.xml" "$DATA/mime/packages/$APP_ID.xml"

# Icons: the application and the .mapstudio document, in the hicolor theme.
install -D -m 644 "$ICONS/mapstudio.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
install -D -m 644 "$ICONS/application-x-mapstudio.svg" \
    "$DATA/icons/hicolor/scalable/mimetypes/application-x-mapstudio.svg"
for size in $SIZES; do
    install -D -m 644 "$ICONS/mapstudio-$size.png" \
        "$DATA/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    if [ -f "$ICONS/application-x-mapstudio-$size.png" ]; then
        install -D -m 644 "$ICONS/application-x-mapstudio-$size.png" \
            "$DATA/icons/hicolor/${size}x${size}/mimetypes/application-x-mapstudio.png"
    fi
done

refresh
# Make MapStudio the default application for its files.
command -v xdg-mime >/dev/null && xdg-mime default "$APP_ID.desktop" application/x-mapstudio || true
echo "MapStudio installed in $PREFIX (run: mapstudio, or find it in the applications menu)"
