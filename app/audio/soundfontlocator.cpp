#include "audio/soundfontlocator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace stages::audio {

QStringList SoundFontLocator::candidates(const QString &configuredPath)
{
    QStringList paths;
    if (!configuredPath.isEmpty())
        return { configuredPath };
    const QString fromEnvironment = qEnvironmentVariable("STAGES_SOUNDFONT");
    if (!fromEnvironment.isEmpty())
        return { fromEnvironment };
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        paths << appDir + QLatin1String("/soundfonts/default-GM.sf2")
              << appDir + QLatin1String("/../share/stages/soundfonts/default-GM.sf2");
    }
    paths << QStringLiteral("/usr/share/sounds/sf2/default-GM.sf2")
          << QStringLiteral("/usr/share/sounds/sf2/TimGM6mb.sf2")
          << QStringLiteral("/usr/share/sounds/sf2/FluidR3_GM.sf2")
          << QStringLiteral("/usr/share/soundfonts/default.sf2");
    return paths;
}

QString SoundFontLocator::find(const QString &configuredPath)
{
    for (const QString &path : candidates(configuredPath)) {
        if (QFileInfo(path).isFile())
            return QFileInfo(path).absoluteFilePath();
    }
    return {};
}

} // namespace stages::audio
