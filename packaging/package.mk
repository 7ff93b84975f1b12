# Desktop packaging targets, included by the main Makefile:
#     include packaging/package.mk
# It relies on BIN (the venv's bin/) and STAMP (the venv is installed) from there.
#
#   make icons          re-render resources/icons/* from the SVG sources
#   make package        build dist/MapStudio/ with PyInstaller, smoke-test it,
#                       archive it, print its size
#   make package-smoke  only the smoke test, on an existing dist/MapStudio/
BIN ?= .venv/bin
STAMP ?= .venv/.installed

PACKAGE_DIR := dist/MapStudio
PACKAGE_EXE := $(PACKAGE_DIR)/MapStudio
PACKAGE_EXAMPLE := resources/examples/boutique-deco.mapstudio
PACKAGE_TOOLS := $(dir $(STAMP)).packaging-installed

.PHONY: icons package package-build package-smoke

# PyInstaller goes into the project's venv, pinned in packaging/requirements.txt.
$(PACKAGE_TOOLS): packaging/requirements.txt $(STAMP)
	$(BIN)/python -m pip install --quiet -r packaging/requirements.txt
	touch $@

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/make_icons.py

# The desktop integration travels with the bundle: MapStudio/linux/install.sh.
package-build: $(PACKAGE_TOOLS)
	rm -rf $(PACKAGE_DIR)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/mapstudio.spec
	mkdir -p $(PACKAGE_DIR)/linux
	cp packaging/linux/install.sh packaging/linux/*.desktop packaging/linux/*.xml \
		$(PACKAGE_DIR)/linux/

# The frozen program must report the source's version, open the example and
# paint its window (offscreen), and export it to PDF; every step exits 0.
define PACKAGE_SMOKE
	@test -x $(PACKAGE_EXE) || { echo "package-smoke: no $(PACKAGE_EXE); run 'make package'"; exit 1; }
	@want="mapstudio $$($(BIN)/python -c 'import mapstudio; print(mapstudio.__version__)')"; \
	got="$$($(PACKAGE_EXE) --version)"; \
	test "$$got" = "$$want" || { echo "package-smoke: version '$$got', expected '$$want'"; exit 1; }; \
	echo "package-smoke: $$got"
	QT_QPA_PLATFORM=offscreen timeout 120 $(PACKAGE_EXE) --exit-when-ready $(PACKAGE_EXAMPLE)
	@echo "package-smoke: editor opened the example and painted"
	@out=$$(mktemp -d) && trap 'rm -rf "$$out"' EXIT && \
	$(PACKAGE_EXE) export $(PACKAGE_EXAMPLE) -o "$$out/boutique-deco.pdf" && \
	head -c 5 "$$out/boutique-deco.pdf" | grep -q '%PDF-' && \
	echo "package-smoke: exported the example to PDF ($$(wc -c <"$$out/boutique-deco.pdf") bytes)"
endef

package-smoke:
	$(PACKAGE_SMOKE)

package: package-build
	$(PACKAGE_SMOKE)
	@version=$$($(PACKAGE_EXE) --version | cut -d' ' -f2); \
	archive=dist/MapStudio-$$version-linux-$$(uname -m).tar.gz; \
	tar -C dist -czf $$archive MapStudio && \
	echo "package: bundle $(PACKAGE_DIR)/ is $$(du -sh $(PACKAGE_DIR) | cut -f1)," \
		"archive $$archive is $$(du -sh $$archive | cut -f1)"
