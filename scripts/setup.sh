# Shared set-up for scripts/run and scripts/test: sourced, not run.
# Installs the missing Debian packages (scripts/packages.txt), configures and builds into build/.
# Idempotent: a second run installs nothing and rebuilds only what changed.

set -euo pipefail
STAGES_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STAGES_BUILD=${STAGES_BUILD:-$STAGES_ROOT/build}

stages_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

stages_install_packages() {
    local missing=() pkg
    while IFS= read -r pkg; do
        [ -z "$pkg" ] || [ "${pkg#\#}" != "$pkg" ] && continue
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done < "$STAGES_ROOT/scripts/packages.txt"
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || { echo "Please install as root: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    stages_log "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

stages_build() {
    if [ ! -f "$STAGES_BUILD/build.ninja" ]; then
        stages_log "Configuring (Release) in $STAGES_BUILD"
        cmake -S "$STAGES_ROOT" -B "$STAGES_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    stages_log "Building"
    cmake --build "$STAGES_BUILD" -j "$(nproc)"
}

stages_setup() {
    stages_install_packages
    stages_build
}
