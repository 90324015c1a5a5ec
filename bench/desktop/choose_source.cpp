// Saves the first-run choice ("This computer": the local relay, no proxy) in a profile the bench
// seeded, through the same code the first-run page uses, so mayfly opens straight into its main
// window. The profile's key comes from the keychain, as for the app.
//   desktop_choose_source PROFILE_DIR
#include "core/store/Profile.h"
#include "ui/SourceSettings.h"

#include <QCoreApplication>

#include <cstdio>

using namespace mayfly;

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: desktop_choose_source PROFILE_DIR\n");
        return 2;
    }
    core::store::ProfileOptions options;
    options.directory = QString::fromLocal8Bit(argv[1]);
    auto profile = core::store::Profile::open(options);
    if (!profile) {
        std::fprintf(stderr, "cannot open the profile: %s\n", qPrintable(profile.error().toString()));
        return 1;
    }
    const ui::SourcePicker::Choice choice; // the first-run page's defaults
    if (auto saved = ui::saveSourceChoice((*profile)->store(), choice); !saved) {
        std::fprintf(stderr, "cannot save the choice: %s\n", qPrintable(saved.error().toString()));
        return 1;
    }
    return 0;
}
