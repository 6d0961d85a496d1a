// The HTTP(S) channel: a channel served by any web server or CDN, fetched with libcurl, with
// retries and resumed downloads. Linked by kiosk-sync only (library kiosk_install_http).
#pragma once

#include <memory>

#include "install/channel.h"

namespace kiosk::install {

// http(s):// sources over HTTP, anything else as a directory (open_directory_channel). This is
// the ChannelOpener kiosk-sync gives the installer.
std::unique_ptr<Channel> open_any_channel(const InstallOptions& opt);

}  // namespace kiosk::install
