//! The binary Trunk builds: mounts the widget. Everything else lives in the library.

fn main() {
    netzwerk_check::start();
}
