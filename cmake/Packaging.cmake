# Install rules and the Debian package (CPack DEB) that turns a fresh Debian 12 machine into a
# kiosk: binaries, assets, the default pack, systemd units, the udev rule, an example config.
#
#   cpack -G DEB --config build/CPackConfig.cmake      # -> kiosk_<version>_<arch>.deb
#
# The units and scripts name /usr/bin and /usr/lib/kiosk, so the package layout is fixed to the
# /usr prefix; `cmake --install` defaults to it as well so that it lays out the same tree as the
# package (tests/deploy/check_units.sh installs it with DESTDIR into a temporary root).

if(CMAKE_INSTALL_PREFIX_INITIALIZED_TO_DEFAULT)
  set(CMAKE_INSTALL_PREFIX /usr CACHE PATH "Install prefix (the units expect /usr)" FORCE)
endif()

# --- the payload --------------------------------------------------------------------------
# kiosk-pack goes in too: `kiosk-pack info` and `kiosk-pack verify` let IT inspect a pack or a
# stick on the kiosk itself. It is the only binary of the package that links the importer's
# libraries (simdjson, libarchive); the kiosk itself links neither, nor libcurl.
install(TARGETS kiosk kiosk-sync kiosk-pack RUNTIME DESTINATION bin)

# Found by the kiosk at <exe dir>/../share/kiosk/assets. The map extraction script is a
# developer tool (it needs GMT), not something a kiosk runs.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/assets/ DESTINATION share/kiosk/assets
        PATTERN "*.sh" EXCLUDE)
# Shown until the first signed pack is installed ([sync] default_pack in kiosk.toml).
install(FILES ${CMAKE_BINARY_DIR}/default.pack DESTINATION share/kiosk)

install(PROGRAMS ${CMAKE_SOURCE_DIR}/deploy/kiosk-session ${CMAKE_SOURCE_DIR}/deploy/kiosk-usb-import
        DESTINATION lib/kiosk)

# Debian 12 packages still ship units and rules under /lib (merged with /usr/lib on a
# usrmerged system); absolute destinations, as are /etc and the config.
install(FILES
          ${CMAKE_SOURCE_DIR}/deploy/systemd/kiosk.service
          ${CMAKE_SOURCE_DIR}/deploy/systemd/kiosk-sync.service
          ${CMAKE_SOURCE_DIR}/deploy/systemd/kiosk-sync.timer
          ${CMAKE_SOURCE_DIR}/deploy/systemd/kiosk-usb@.service
        DESTINATION /lib/systemd/system)
install(FILES ${CMAKE_SOURCE_DIR}/deploy/udev/90-kiosk-usb.rules DESTINATION /lib/udev/rules.d)

# The config is a conffile (listed below): dpkg keeps local edits on upgrade and asks before
# replacing them. The pristine copy in the doc directory is there to compare against.
install(FILES ${CMAKE_SOURCE_DIR}/deploy/kiosk.toml DESTINATION /etc/kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/deploy/kiosk.toml DESTINATION share/doc/kiosk)
install(FILES ${CMAKE_SOURCE_DIR}/deploy/README.md DESTINATION share/doc/kiosk RENAME README.deploy.md)

# --- the package --------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kiosk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Kiosk maintainers <kiosk@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Touch-screen visitor-information kiosk for Nord-Pas-de-Calais")
set(CPACK_PACKAGE_DESCRIPTION
    "Fullscreen, offline, four-language kiosk showing the region's sites, belfries and events from a signed SQLite content pack. Boots straight into the kiosk on tty1, restarts it when it fails, fetches new packs every hour and installs them from a USB stick when one is plugged in.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Debug info would triple the size of a package that kiosks download; builds keep it.
set(CPACK_STRIP_FILES ON)

# Library dependencies: computed by dpkg-shlibdeps when available (it needs `file` as well),
# else the Debian 12 packages the binaries link today.
find_program(KIOSK_DPKG_SHLIBDEPS dpkg-shlibdeps)
find_program(KIOSK_FILE_PROGRAM file)
if(KIOSK_DPKG_SHLIBDEPS AND KIOSK_FILE_PROGRAM)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(kiosk_lib_depends "")
else()
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
  set(kiosk_lib_depends "libc6, libstdc++6, libgcc-s1, libglfw3, libopengl0, libsqlite3-0, libsodium23, libcurl4, libarchive13, libsimdjson14, libqrencode4, libstb0, libjpeg62-turbo, libpng16-16, libtomlplusplus3, libfreetype6, libsystemd0, libespeak-ng1, ")
endif()
# What the libraries do not pull in but a kiosk needs: an X server with the modesetting driver
# (in -core) and libinput for the touch panel, Mesa's GL drivers (libGL alone draws nothing),
# xinit to start X and xset to keep the screen on, the Noto Sans fonts (and Noto Sans CJK for
# Japanese), pam_systemd (the logind session on tty1 that lets X run without root), and the
# tools the maintainer scripts and units call.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "${kiosk_lib_depends}xserver-xorg-core, xserver-xorg-input-libinput, libgl1-mesa-dri, xinit, xauth, x11-xserver-utils, fonts-noto-core, fonts-noto-cjk, systemd, libpam-systemd, udev, adduser")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cage, xwayland")

# Maintainer scripts and the conffiles list. STRICT_PERMISSION gives them the modes dpkg expects
# (0755 scripts, 0644 conffiles) whatever the checkout's file modes are.
set(KIOSK_DEB_CONTROL_DIR ${CMAKE_BINARY_DIR}/deb-control)
file(MAKE_DIRECTORY ${KIOSK_DEB_CONTROL_DIR})
file(WRITE ${KIOSK_DEB_CONTROL_DIR}/conffiles "/etc/kiosk/kiosk.toml\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_SOURCE_DIR}/deploy/postinst
    ${CMAKE_SOURCE_DIR}/deploy/prerm
    ${KIOSK_DEB_CONTROL_DIR}/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

include(CPack)
