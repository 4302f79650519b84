#include "reports/pupilreport.h"

#include "core/progress/masteryrules.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace stages {

namespace {

QJsonArray table(const QJsonObject &exportDocument, const char *name)
{
    return exportDocument.value(QStringLiteral("tables")).toObject().value(QLatin1String(name)).toArray();
}

QString when(const QString &dbTime)
{
    const QDateTime t = QDateTime::fromString(dbTime, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : dbTime.toHtmlEscaped();
}

} // namespace

PupilReport::PupilReport(QJsonObject exportDocument, QHash<QString, QString> domainTitles)
    : m_export(std::move(exportDocument))
    , m_domainTitles(std::move(domainTitles))
{ }

QString PupilReport::html() const
{
    const QJsonObject person = table(m_export, "person").at(0).toObject();
    const QString name = person.value(QStringLiteral("display_name")).toString().toHtmlEscaped();
    QStringList classes;
    for (const QJsonValue &c : table(m_export, "class_member"))
        classes.append(c.toObject().value(QStringLiteral("class_name")).toString().toHtmlEscaped());

    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("What Stages stores about %1").arg(name));
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(tr("Class: %1").arg(classes.isEmpty() ? tr("none") : classes.join(QStringLiteral(", "))),
                     tr("In Stages since: %1").arg(when(person.value(QStringLiteral("created_at")).toString())),
                     tr("Exported on %1 by %2.")
                         .arg(when(m_export.value(QStringLiteral("exportedAt")).toString()),
                              m_export.value(QStringLiteral("exportedBy")).toString().toHtmlEscaped()));

    // Progress: one line per domain and stage.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Progress"));
    const QJsonArray mastery = table(m_export, "mastery");
    if (mastery.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No exercises done yet."));
    } else {
        html += QStringLiteral("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>%1</th><th>%2</th>"
                               "<th>%3</th><th>%4</th></tr>")
                    .arg(tr("Area"), tr("Stage"), tr("Level"), tr("Exercises done"));
        for (const QJsonValue &v : mastery) {
            const QJsonObject m = v.toObject();
            const QString domain = m.value(QStringLiteral("domain")).toString();
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(m_domainTitles.value(domain, domain).toHtmlEscaped())
                        .arg(m.value(QStringLiteral("stage")).toInt())
                        .arg(masteryLevelName(MasteryLevel(m.value(QStringLiteral("level")).toInt())).toHtmlEscaped())
                        .arg(m.value(QStringLiteral("attempts")).toInt());
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p>%1</p>").arg(tr("%n exercise(s) done in all.", nullptr, int(table(m_export, "attempt").size())));

    // Creative work and the teachers' comments on it.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Own work"));
    const QJsonArray artifacts = table(m_export, "artifact");
    if (artifacts.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No work of their own saved yet."));
    for (const QJsonValue &v : artifacts) {
        const QJsonObject a = v.toObject();
        html += QStringLiteral("<p><b>%1</b> (%2)</p>")
                    .arg(a.value(QStringLiteral("title")).toString().toHtmlEscaped(),
                         when(a.value(QStringLiteral("created_at")).toString()));
        for (const QJsonValue &f : table(m_export, "feedback")) {
            const QJsonObject comment = f.toObject();
            if (comment.value(QStringLiteral("artifact_id")) != a.value(QStringLiteral("id")))
                continue;
            html += QStringLiteral("<p style=\"margin-left:16px\">%1</p>")
                        .arg(tr("%1 wrote: %2")
                                 .arg(comment.value(QStringLiteral("author_name")).toString().toHtmlEscaped(),
                                      comment.value(QStringLiteral("body")).toString().toHtmlEscaped()));
        }
    }

    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(tr("What else is stored"),
                     tr("Every answer with its time and score, the stage levels, the work above with its comments, "
                        "and when the account was changed. All of it is in the JSON file exported with this summary. "
                        "The picture password is stored only as a one-way hash and is not exported."));
    return html;
}

Status PupilReport::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(tr("Stages: data of a pupil"));
    writer.setCreator(QStringLiteral("Stages"));
    QTextDocument document;
    document.setHtml(html());
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return Status::failure(tr("Could not write %1.").arg(path));
    return {};
}

} // namespace stages
