#include "ui/shell/databaseopener.h"

#include "core/storage/database.h"
#include "core/storage/defaultlocation.h"
#include "core/storage/privatefiles.h"
#include "core/storage/serverconnectionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace stages {

QString DatabaseOpener::chooseLocation(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    const QString env = qEnvironmentVariable("STAGES_DB");
    if (!env.isEmpty())
        return env;
    // The school server the administrator chose on the "School server" page.
    const QString server = ServerConnectionStore::url();
    if (!server.isEmpty())
        return server;
    // The per-user folder is Stages' own: keep it private, also when an older version made it 0755.
    const QString location = defaultDatabaseLocation();
    const QString folder = QFileInfo(location).absolutePath();
    if (PrivateFiles::makeFolder(folder))
        PrivateFiles::restrict(folder);
    return location;
}

QString DatabaseOpener::refusalText(const QString &location, const QString &reason)
{
    // The reason comes from Database::open and already says that the file was left unchanged.
    return tr("Stages cannot open the database \"%1\".\n\n%2").arg(QDir::toNativeSeparators(location), reason);
}

Result<std::unique_ptr<Database>> DatabaseOpener::openOrExplain(const QString &location, QWidget *parent)
{
    auto opened = Database::open(location);
    if (opened)
        return opened;
    QMessageBox box(QMessageBox::Critical, tr("Stages cannot open the database"), refusalText(location, opened.error()),
                    QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("databaseRefusal"));
    box.exec();
    return opened;
}

} // namespace stages
