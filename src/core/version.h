#pragma once
// The app's version, shown in settings and in exported files.
namespace core {
const char* Version();
}
