#include "exercises/framework/speech/speechengines.h"

namespace stages::SpeechEngines {

QStringList order(const QStringList &installed, const QString &language)
{
    static const QStringList platform { QStringLiteral("winrt"), QStringLiteral("sapi"), QStringLiteral("darwin"),
                                        QStringLiteral("macos"), QStringLiteral("android") };
    const QString flite = QStringLiteral("flite");
    const QString speechd = QStringLiteral("speechd");
    const bool english = language.section(QLatin1Char('_'), 0, 0) == QLatin1String("en");

    QStringList result;
    for (const QString &name : platform) {
        if (installed.contains(name))
            result.append(name);
    }
    const QStringList tail = english ? QStringList { flite, speechd } : QStringList { speechd };
    for (const QString &name : tail) {
        if (installed.contains(name))
            result.append(name);
    }
    for (const QString &name : installed) {
        if (!result.contains(name) && name != flite)
            result.append(name);
    }
    return result;
}

QString fromEnvironment()
{
    return qEnvironmentVariable("STAGES_SPEECH_ENGINE").trimmed();
}

} // namespace stages::SpeechEngines
